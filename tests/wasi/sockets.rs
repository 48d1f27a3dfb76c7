use crate::harness::{Probe, errno};

#[test]
fn open_descriptors_are_not_sockets() {
    let mut probe = Probe::new();
    for fd in 0..3 {
        assert_eq!(probe.call("sock_accept", &[fd, 0, 100]), errno::NOTSOCK);
        assert_eq!(
            probe.call("sock_recv", &[fd, 0, 0, 0, 100, 104]),
            errno::NOTSOCK
        );
        assert_eq!(probe.call("sock_send", &[fd, 0, 0, 0, 100]), errno::NOTSOCK);
        assert_eq!(probe.call("sock_shutdown", &[fd, 3]), errno::NOTSOCK);
    }
}

#[test]
fn closed_descriptors_are_ebadf() {
    let mut probe = Probe::new();
    for fd in [3, 100] {
        assert_eq!(probe.call("sock_accept", &[fd, 0, 100]), errno::BADF);
        assert_eq!(
            probe.call("sock_recv", &[fd, 0, 0, 0, 100, 104]),
            errno::BADF
        );
        assert_eq!(probe.call("sock_send", &[fd, 0, 0, 0, 100]), errno::BADF);
        assert_eq!(probe.call("sock_shutdown", &[fd, 1]), errno::BADF);
    }
}

#[test]
fn undefined_flags_are_einval() {
    let mut probe = Probe::new();
    assert_eq!(probe.call("sock_accept", &[0, 0x20, 100]), errno::INVAL);
    assert_eq!(
        probe.call("sock_recv", &[0, 0, 0, 4, 100, 104]),
        errno::INVAL
    );
    assert_eq!(probe.call("sock_send", &[0, 0, 0, 1, 100]), errno::INVAL);
    assert_eq!(probe.call("sock_shutdown", &[0, 4]), errno::INVAL);
}
