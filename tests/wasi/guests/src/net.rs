//! Tries the network: a TCP connection and a UDP socket, and reports how each failed.

fn main() {
    match std::net::TcpStream::connect("127.0.0.1:9") {
        Ok(_) => println!("connected"),
        Err(e) => println!("connect failed: {:?}", e.kind()),
    }
    match std::net::UdpSocket::bind("0.0.0.0:0") {
        Ok(_) => println!("bound"),
        Err(e) => println!("bind failed: {:?}", e.kind()),
    }
}
