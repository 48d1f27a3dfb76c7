use wicker_wasi::WasiCtxBuilder;

use crate::harness::{MEMORY_SIZE, Probe, errno};

/// The strings of a list written by `args_get` or `environ_get`: `count` pointers at
/// `list`, each to a NUL-terminated string.
fn strings(probe: &Probe, list: u32, count: u32) -> Vec<String> {
    (0..count)
        .map(|i| {
            let ptr = probe.read_u32(list + 4 * i);
            let bytes = probe.read(ptr, MEMORY_SIZE - ptr);
            let end = bytes.iter().position(|&b| b == 0).unwrap();
            String::from_utf8(bytes[..end].to_vec()).unwrap()
        })
        .collect()
}

#[test]
fn args_are_given_in_order() {
    let mut probe = Probe::with(WasiCtxBuilder::new().args(["prog", "a b", "ünï"]).arg(""));
    assert_eq!(probe.call("args_sizes_get", &[0, 4]), errno::SUCCESS);
    assert_eq!(probe.read_u32(0), 4);
    assert_eq!(probe.read_u32(4), 5 + 4 + 6 + 1);
    assert_eq!(probe.call("args_get", &[100, 200]), errno::SUCCESS);
    assert_eq!(strings(&probe, 100, 4), ["prog", "a b", "ünï", ""]);
    // The strings are packed one after the other from the buffer's start.
    assert_eq!(probe.read(200, 16), b"prog\0a b\0\xc3\xbcn\xc3\xaf\0\0");
}

#[test]
fn environ_is_name_equals_value() {
    let mut probe = Probe::with(
        WasiCtxBuilder::new()
            .env("A", "1")
            .env("B", "x=y")
            .env("A", "2")
            .envs([("C", "")]),
    );
    assert_eq!(probe.call("environ_sizes_get", &[0, 4]), errno::SUCCESS);
    assert_eq!(probe.read_u32(0), 3);
    assert_eq!(probe.read_u32(4), 4 + 6 + 3);
    assert_eq!(probe.call("environ_get", &[100, 200]), errno::SUCCESS);
    assert_eq!(strings(&probe, 100, 3), ["A=2", "B=x=y", "C="]);
}

#[test]
fn nothing_is_granted_by_default() {
    let mut probe = Probe::new();
    probe.write(0, &[0xff; 16]);
    assert_eq!(probe.call("args_sizes_get", &[0, 4]), errno::SUCCESS);
    assert_eq!(probe.call("environ_sizes_get", &[8, 12]), errno::SUCCESS);
    assert_eq!(probe.read(0, 16), [0; 16]);
}

#[test]
fn inherited_env_and_args_come_from_the_host() {
    let mut probe = Probe::with(WasiCtxBuilder::new().inherit_env().inherit_args());
    let path = std::env::var("PATH").expect("tests run with PATH set");
    assert_eq!(probe.call("environ_sizes_get", &[0, 4]), errno::SUCCESS);
    let count = probe.read_u32(0);
    assert_eq!(probe.call("environ_get", &[1000, 8000]), errno::SUCCESS);
    let env = strings(&probe, 1000, count);
    assert!(env.contains(&format!("PATH={path}")), "{env:?}");

    assert_eq!(probe.call("args_sizes_get", &[0, 4]), errno::SUCCESS);
    assert_eq!(probe.read_u32(0) as usize, std::env::args().count());
}

#[test]
fn out_of_range_pointers_are_efault() {
    let mut probe = Probe::with(WasiCtxBuilder::new().args(["prog", "arg"]).env("K", "V"));
    let end = i64::from(MEMORY_SIZE);
    for name in ["args_sizes_get", "environ_sizes_get"] {
        assert_eq!(probe.call(name, &[end - 2, 0]), errno::FAULT, "{name}");
        assert_eq!(probe.call(name, &[0, end]), errno::FAULT, "{name}");
        assert_eq!(probe.call(name, &[0xffff_fffe, 0]), errno::FAULT, "{name}");
    }
    for name in ["args_get", "environ_get"] {
        // The pointer list, then the string buffer, past the end; and wrapping around.
        assert_eq!(probe.call(name, &[end - 2, 0]), errno::FAULT, "{name}");
        assert_eq!(probe.call(name, &[0, end - 3]), errno::FAULT, "{name}");
        assert_eq!(probe.call(name, &[0, 0xffff_ffff]), errno::FAULT, "{name}");
    }
}
