//! `wasi:sockets` with the network not granted: components that import it instantiate,
//! `instance-network` gives them a network handle, and every operation that would reach
//! the network fails with `access-denied`. No socket, datagram stream or name-lookup
//! stream can be created, so those resource types have no values: their methods can
//! never be called with a valid handle (a forged one is an unknown handle, a trap).

use super::bindings::wasi::sockets::{
    instance_network, ip_name_lookup, network, tcp, tcp_create_socket, udp, udp_create_socket,
};
use super::{InputStream, OutputStream, Pollable};
use crate::WasiCtx;
use network::{ErrorCode, IpAddressFamily, IpSocketAddress};
use wicker::component::Resource;

/// `wasi:sockets/network.network`: the network a guest may use; none is granted yet.
#[derive(Debug)]
pub struct Network;

/// `wasi:sockets/tcp.tcp-socket`: none can exist while the network is not granted.
#[derive(Debug)]
pub enum TcpSocket {}

/// `wasi:sockets/udp.udp-socket`: none can exist while the network is not granted.
#[derive(Debug)]
pub enum UdpSocket {}

/// `wasi:sockets/udp.incoming-datagram-stream`: made only from a UDP socket.
#[derive(Debug)]
pub enum IncomingDatagramStream {}

/// `wasi:sockets/udp.outgoing-datagram-stream`: made only from a UDP socket.
#[derive(Debug)]
pub enum OutgoingDatagramStream {}

/// `wasi:sockets/ip-name-lookup.resolve-address-stream`: name lookups are refused.
#[derive(Debug)]
pub enum ResolveAddressStream {}

/// Why a socket operation failed: a WASI `error-code`, or a trap.
#[derive(Debug)]
pub enum SocketError {
    /// A WASI error code.
    Code(ErrorCode),
    /// The guest broke a rule of the interface.
    Trap(anyhow::Error),
}

impl From<wicker::component::ResourceTableError> for SocketError {
    fn from(e: wicker::component::ResourceTableError) -> SocketError {
        SocketError::Trap(e.into())
    }
}

type Result<T> = std::result::Result<T, SocketError>;

/// A resource of a type that has no values: the handle must be a forgery.
macro_rules! never {
    ($cx:expr, $r:expr) => {{
        let value = $cx.resources.get(&$r)?;
        match *value {}
    }};
}

impl network::HostNetwork for WasiCtx {
    fn drop(&mut self, rep: Resource<Network>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

impl network::Host for WasiCtx {
    fn convert_error_code(&mut self, err: SocketError) -> wicker::Result<ErrorCode> {
        match err {
            SocketError::Code(c) => Ok(c),
            SocketError::Trap(e) => Err(e),
        }
    }
}

impl instance_network::Host for WasiCtx {
    fn instance_network(&mut self) -> wicker::Result<Resource<Network>> {
        Ok(self.resources.push(Network)?)
    }
}

impl tcp_create_socket::Host for WasiCtx {
    fn create_tcp_socket(&mut self, _: IpAddressFamily) -> Result<Resource<TcpSocket>> {
        Err(SocketError::Code(ErrorCode::AccessDenied))
    }
}

impl udp_create_socket::Host for WasiCtx {
    fn create_udp_socket(&mut self, _: IpAddressFamily) -> Result<Resource<UdpSocket>> {
        Err(SocketError::Code(ErrorCode::AccessDenied))
    }
}

impl ip_name_lookup::Host for WasiCtx {
    fn resolve_addresses(
        &mut self,
        network: Resource<Network>,
        _: String,
    ) -> Result<Resource<ResolveAddressStream>> {
        self.resources.get(&network)?;
        Err(SocketError::Code(ErrorCode::AccessDenied))
    }
}

impl ip_name_lookup::HostResolveAddressStream for WasiCtx {
    fn resolve_next_address(
        &mut self,
        self_: Resource<ResolveAddressStream>,
    ) -> Result<Option<network::IpAddress>> {
        never!(self, self_)
    }

    fn subscribe(
        &mut self,
        self_: Resource<ResolveAddressStream>,
    ) -> wicker::Result<Resource<Pollable>> {
        never!(self, self_)
    }

    fn drop(&mut self, rep: Resource<ResolveAddressStream>) -> wicker::Result<()> {
        never!(self, rep)
    }
}

impl tcp::Host for WasiCtx {}

impl tcp::HostTcpSocket for WasiCtx {
    fn start_bind(
        &mut self,
        s: Resource<TcpSocket>,
        _: Resource<Network>,
        _: IpSocketAddress,
    ) -> Result<()> {
        never!(self, s)
    }
    fn finish_bind(&mut self, s: Resource<TcpSocket>) -> Result<()> {
        never!(self, s)
    }
    fn start_connect(
        &mut self,
        s: Resource<TcpSocket>,
        _: Resource<Network>,
        _: IpSocketAddress,
    ) -> Result<()> {
        never!(self, s)
    }
    fn finish_connect(
        &mut self,
        s: Resource<TcpSocket>,
    ) -> Result<(Resource<InputStream>, Resource<OutputStream>)> {
        never!(self, s)
    }
    fn start_listen(&mut self, s: Resource<TcpSocket>) -> Result<()> {
        never!(self, s)
    }
    fn finish_listen(&mut self, s: Resource<TcpSocket>) -> Result<()> {
        never!(self, s)
    }
    #[allow(clippy::type_complexity)]
    fn accept(
        &mut self,
        s: Resource<TcpSocket>,
    ) -> Result<(
        Resource<TcpSocket>,
        Resource<InputStream>,
        Resource<OutputStream>,
    )> {
        never!(self, s)
    }
    fn local_address(&mut self, s: Resource<TcpSocket>) -> Result<IpSocketAddress> {
        never!(self, s)
    }
    fn remote_address(&mut self, s: Resource<TcpSocket>) -> Result<IpSocketAddress> {
        never!(self, s)
    }
    fn is_listening(&mut self, s: Resource<TcpSocket>) -> wicker::Result<bool> {
        never!(self, s)
    }
    fn address_family(&mut self, s: Resource<TcpSocket>) -> wicker::Result<IpAddressFamily> {
        never!(self, s)
    }
    fn set_listen_backlog_size(&mut self, s: Resource<TcpSocket>, _: u64) -> Result<()> {
        never!(self, s)
    }
    fn keep_alive_enabled(&mut self, s: Resource<TcpSocket>) -> Result<bool> {
        never!(self, s)
    }
    fn set_keep_alive_enabled(&mut self, s: Resource<TcpSocket>, _: bool) -> Result<()> {
        never!(self, s)
    }
    fn keep_alive_idle_time(&mut self, s: Resource<TcpSocket>) -> Result<u64> {
        never!(self, s)
    }
    fn set_keep_alive_idle_time(&mut self, s: Resource<TcpSocket>, _: u64) -> Result<()> {
        never!(self, s)
    }
    fn keep_alive_interval(&mut self, s: Resource<TcpSocket>) -> Result<u64> {
        never!(self, s)
    }
    fn set_keep_alive_interval(&mut self, s: Resource<TcpSocket>, _: u64) -> Result<()> {
        never!(self, s)
    }
    fn keep_alive_count(&mut self, s: Resource<TcpSocket>) -> Result<u32> {
        never!(self, s)
    }
    fn set_keep_alive_count(&mut self, s: Resource<TcpSocket>, _: u32) -> Result<()> {
        never!(self, s)
    }
    fn hop_limit(&mut self, s: Resource<TcpSocket>) -> Result<u8> {
        never!(self, s)
    }
    fn set_hop_limit(&mut self, s: Resource<TcpSocket>, _: u8) -> Result<()> {
        never!(self, s)
    }
    fn receive_buffer_size(&mut self, s: Resource<TcpSocket>) -> Result<u64> {
        never!(self, s)
    }
    fn set_receive_buffer_size(&mut self, s: Resource<TcpSocket>, _: u64) -> Result<()> {
        never!(self, s)
    }
    fn send_buffer_size(&mut self, s: Resource<TcpSocket>) -> Result<u64> {
        never!(self, s)
    }
    fn set_send_buffer_size(&mut self, s: Resource<TcpSocket>, _: u64) -> Result<()> {
        never!(self, s)
    }
    fn subscribe(&mut self, s: Resource<TcpSocket>) -> wicker::Result<Resource<Pollable>> {
        never!(self, s)
    }
    fn shutdown(&mut self, s: Resource<TcpSocket>, _: tcp::ShutdownType) -> Result<()> {
        never!(self, s)
    }
    fn drop(&mut self, rep: Resource<TcpSocket>) -> wicker::Result<()> {
        never!(self, rep)
    }
}

impl udp::Host for WasiCtx {}

impl udp::HostUdpSocket for WasiCtx {
    fn start_bind(
        &mut self,
        s: Resource<UdpSocket>,
        _: Resource<Network>,
        _: IpSocketAddress,
    ) -> Result<()> {
        never!(self, s)
    }
    fn finish_bind(&mut self, s: Resource<UdpSocket>) -> Result<()> {
        never!(self, s)
    }
    #[allow(clippy::type_complexity)]
    fn stream(
        &mut self,
        s: Resource<UdpSocket>,
        _: Option<IpSocketAddress>,
    ) -> Result<(
        Resource<IncomingDatagramStream>,
        Resource<OutgoingDatagramStream>,
    )> {
        never!(self, s)
    }
    fn local_address(&mut self, s: Resource<UdpSocket>) -> Result<IpSocketAddress> {
        never!(self, s)
    }
    fn remote_address(&mut self, s: Resource<UdpSocket>) -> Result<IpSocketAddress> {
        never!(self, s)
    }
    fn address_family(&mut self, s: Resource<UdpSocket>) -> wicker::Result<IpAddressFamily> {
        never!(self, s)
    }
    fn unicast_hop_limit(&mut self, s: Resource<UdpSocket>) -> Result<u8> {
        never!(self, s)
    }
    fn set_unicast_hop_limit(&mut self, s: Resource<UdpSocket>, _: u8) -> Result<()> {
        never!(self, s)
    }
    fn receive_buffer_size(&mut self, s: Resource<UdpSocket>) -> Result<u64> {
        never!(self, s)
    }
    fn set_receive_buffer_size(&mut self, s: Resource<UdpSocket>, _: u64) -> Result<()> {
        never!(self, s)
    }
    fn send_buffer_size(&mut self, s: Resource<UdpSocket>) -> Result<u64> {
        never!(self, s)
    }
    fn set_send_buffer_size(&mut self, s: Resource<UdpSocket>, _: u64) -> Result<()> {
        never!(self, s)
    }
    fn subscribe(&mut self, s: Resource<UdpSocket>) -> wicker::Result<Resource<Pollable>> {
        never!(self, s)
    }
    fn drop(&mut self, rep: Resource<UdpSocket>) -> wicker::Result<()> {
        never!(self, rep)
    }
}

impl udp::HostIncomingDatagramStream for WasiCtx {
    fn receive(
        &mut self,
        s: Resource<IncomingDatagramStream>,
        _: u64,
    ) -> Result<Vec<udp::IncomingDatagram>> {
        never!(self, s)
    }
    fn subscribe(
        &mut self,
        s: Resource<IncomingDatagramStream>,
    ) -> wicker::Result<Resource<Pollable>> {
        never!(self, s)
    }
    fn drop(&mut self, rep: Resource<IncomingDatagramStream>) -> wicker::Result<()> {
        never!(self, rep)
    }
}

impl udp::HostOutgoingDatagramStream for WasiCtx {
    fn check_send(&mut self, s: Resource<OutgoingDatagramStream>) -> Result<u64> {
        never!(self, s)
    }
    fn send(
        &mut self,
        s: Resource<OutgoingDatagramStream>,
        _: Vec<udp::OutgoingDatagram>,
    ) -> Result<u64> {
        never!(self, s)
    }
    fn subscribe(
        &mut self,
        s: Resource<OutgoingDatagramStream>,
    ) -> wicker::Result<Resource<Pollable>> {
        never!(self, s)
    }
    fn drop(&mut self, rep: Resource<OutgoingDatagramStream>) -> wicker::Result<()> {
        never!(self, rep)
    }
}
