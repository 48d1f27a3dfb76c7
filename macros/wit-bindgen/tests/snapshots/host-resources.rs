/// The exports of an instance of world `host-resources`, ready to call.
pub struct HostResources {}
impl HostResources {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<HostResources> {
        let instance = linker.instantiate(&mut store, component)?;
        HostResources::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<HostResources> {
        let _ = (&mut store, instance);
        Ok(HostResources {})
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::host_resources::files::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::host_resources::files::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
}
/// `HostResources` ready to instantiate quickly: the imports are resolved.
pub struct HostResourcesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> HostResourcesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(HostResourcesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<HostResources> {
        let instance = self.pre.instantiate(&mut store)?;
        HostResources::new(store, &instance)
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `host_resources`.
    #[allow(dead_code, clippy::all)]
    pub mod host_resources {
        /// Generated bindings: `files`.
        #[allow(dead_code, clippy::all)]
        pub mod files {
            /// The WIT type `file`.
            /// The host's `file` resource: handles are `Resource<File>`.
            pub enum File {}
            /// The host's implementation of resource `file`.
            pub trait HostFile {
                /// `[constructor]file`.
                fn new(
                    &mut self,
                    path: String,
                ) -> ::wicker::component::Resource<
                    super::super::super::fixtures::host_resources::files::File,
                >;
                /// `[method]file.read`.
                fn read(
                    &mut self,
                    self_: ::wicker::component::Resource<
                        super::super::super::fixtures::host_resources::files::File,
                    >,
                    len: u32,
                ) -> Vec<u8>;
                /// `[method]file.write`.
                fn write(
                    &mut self,
                    self_: ::wicker::component::Resource<
                        super::super::super::fixtures::host_resources::files::File,
                    >,
                    data: Vec<u8>,
                ) -> u32;
                /// `[method]file.size`.
                fn size(
                    &mut self,
                    self_: ::wicker::component::Resource<
                        super::super::super::fixtures::host_resources::files::File,
                    >,
                ) -> u64;
                /// `[static]file.open-temp`.
                fn open_temp(
                    &mut self,
                ) -> ::wicker::component::Resource<
                    super::super::super::fixtures::host_resources::files::File,
                >;
                /// `[method]file.copy-from`.
                fn copy_from(
                    &mut self,
                    self_: ::wicker::component::Resource<
                        super::super::super::fixtures::host_resources::files::File,
                    >,
                    other: ::wicker::component::Resource<
                        super::super::super::fixtures::host_resources::files::File,
                    >,
                );
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<File>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of `fixtures:host-resources/files`.
            pub trait Host: HostFile {
                /// `open`.
                fn open(
                    &mut self,
                    path: String,
                ) -> Result<
                    ::wicker::component::Resource<
                        super::super::super::fixtures::host_resources::files::File,
                    >,
                    String,
                >;
                /// `close-all`.
                fn close_all(
                    &mut self,
                    files: Vec<
                        ::wicker::component::Resource<
                            super::super::super::fixtures::host_resources::files::File,
                        >,
                    >,
                );
            }
            /// Defines `fixtures:host-resources/files` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:host-resources/files")?;
                __inst
                    .resource::<
                        File,
                    >(
                        "file",
                        move |mut __store, __rep| {
                            HostFile::drop(
                                __get(__store.data_mut()),
                                ::wicker::component::Resource::new_own(__rep),
                            )
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[constructor]file",
                        move |mut __store, (path,): (String,)| {
                            let __r = HostFile::new(__get(__store.data_mut()), path);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]file.read",
                        move |
                            mut __store,
                            (
                                self_,
                                len,
                            ): (
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::host_resources::files::File,
                                >,
                                u32,
                            )|
                        {
                            let __r = HostFile::read(
                                __get(__store.data_mut()),
                                self_,
                                len,
                            );
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]file.write",
                        move |
                            mut __store,
                            (
                                self_,
                                data,
                            ): (
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::host_resources::files::File,
                                >,
                                Vec<u8>,
                            )|
                        {
                            let __r = HostFile::write(
                                __get(__store.data_mut()),
                                self_,
                                data,
                            );
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]file.size",
                        move |
                            mut __store,
                            (
                                self_,
                            ): (
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::host_resources::files::File,
                                >,
                            )|
                        {
                            let __r = HostFile::size(__get(__store.data_mut()), self_);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[static]file.open-temp",
                        move |mut __store, (): ()| {
                            let __r = HostFile::open_temp(__get(__store.data_mut()));
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]file.copy-from",
                        move |
                            mut __store,
                            (
                                self_,
                                other,
                            ): (
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::host_resources::files::File,
                                >,
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::host_resources::files::File,
                                >,
                            )|
                        {
                            let __r = HostFile::copy_from(
                                __get(__store.data_mut()),
                                self_,
                                other,
                            );
                            {
                                let _ = __r;
                                Ok(())
                            }
                        },
                    )?;
                __inst
                    .func_wrap(
                        "open",
                        move |mut __store, (path,): (String,)| {
                            let __r = Host::open(__get(__store.data_mut()), path);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "close-all",
                        move |
                            mut __store,
                            (
                                files,
                            ): (
                                Vec<
                                    ::wicker::component::Resource<
                                        super::super::super::fixtures::host_resources::files::File,
                                    >,
                                >,
                            )|
                        {
                            let __r = Host::close_all(__get(__store.data_mut()), files);
                            {
                                let _ = __r;
                                Ok(())
                            }
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
