//! Reports what a WASI command sees, one fact per line on stdout: its arguments, its
//! environment (sorted), its standard input (upper-cased), whether the clocks behave,
//! and a hash keyed by `random_get`. It writes one line to stderr and exits with the
//! code given as an `exit=N` argument (0 without one).

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::io::Read;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    for (i, arg) in args.iter().enumerate() {
        println!("arg {i}: {arg}");
    }
    let mut vars: Vec<(String, String)> = std::env::vars().collect();
    vars.sort();
    for (name, value) in &vars {
        println!("env {name}={value}");
    }

    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .expect("stdin is readable");
    println!(
        "stdin {} bytes: {}",
        input.len(),
        input.trim_end().to_uppercase()
    );

    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    // 2020-01-01T00:00:00Z.
    println!(
        "realtime after 2020: {}",
        since_epoch.as_secs() > 1_577_836_800
    );
    let start = Instant::now();
    std::thread::sleep(Duration::from_millis(10));
    let slept = start.elapsed();
    println!("slept 10ms: {}", slept >= Duration::from_millis(10));

    // The hasher's keys come from `random_get`.
    println!("random: {:016x}", RandomState::new().hash_one(42u64));

    eprintln!("report done");
    let code = args
        .iter()
        .find_map(|a| a.strip_prefix("exit="))
        .map_or(0, |code| code.parse().expect("exit=N takes a number"));
    std::process::exit(code);
}
