/// The exports of an instance of world `host-resources`, ready to call.
pub struct HostResources {}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl HostResources {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
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
        ::core::result::Result::Ok(HostResources {})
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::host_resources::files::Host + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::host_resources::files::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
}
/// `HostResources` ready to instantiate quickly: the imports are resolved.
pub struct HostResourcesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> HostResourcesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<HostResources> {
        let instance = self.pre.instantiate(&mut store)?;
        HostResources::new(store, &instance)
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `host_resources`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod host_resources {
        /// Generated bindings: `files`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod files {
            /// The WIT type `file`.
            /// The host's `file` resource: handles are `Resource<File>`.
            pub enum File {}
            /// The host's implementation of resource `file`.
            #[allow(clippy::too_many_arguments)]
            pub trait HostFile {
                /// `[constructor]file`.
                fn new(
                    &mut self,
                    path: ::std::string::String,
                ) -> ::wicker::component::Resource<File>;
                /// `[method]file.read`.
                fn read(
                    &mut self,
                    self_: ::wicker::component::Resource<File>,
                    len: u32,
                ) -> ::std::vec::Vec<u8>;
                /// `[method]file.write`.
                fn write(
                    &mut self,
                    self_: ::wicker::component::Resource<File>,
                    data: ::std::vec::Vec<u8>,
                ) -> u32;
                /// `[method]file.size`.
                fn size(&mut self, self_: ::wicker::component::Resource<File>) -> u64;
                /// `[static]file.open-temp`.
                fn open_temp(&mut self) -> ::wicker::component::Resource<File>;
                /// `[method]file.copy-from`.
                fn copy_from(
                    &mut self,
                    self_: ::wicker::component::Resource<File>,
                    other: ::wicker::component::Resource<File>,
                );
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<File>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of `fixtures:host-resources/files`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host: HostFile {
                /// `open`.
                fn open(
                    &mut self,
                    path: ::std::string::String,
                ) -> ::core::result::Result<
                    ::wicker::component::Resource<File>,
                    ::std::string::String,
                >;
                /// `close-all`.
                fn close_all(
                    &mut self,
                    files: ::std::vec::Vec<::wicker::component::Resource<File>>,
                );
            }
            /// Defines `fixtures:host-resources/files` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
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
                        move |mut __store, (path,): (::std::string::String,)| {
                            let __r = HostFile::new(__get(__store.data_mut()), path);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]file.read",
                        move |
                            mut __store,
                            (self_, len): (::wicker::component::Resource<File>, u32)|
                        {
                            let __r = HostFile::read(
                                __get(__store.data_mut()),
                                self_,
                                len,
                            );
                            ::core::result::Result::Ok((__r,))
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
                                ::wicker::component::Resource<File>,
                                ::std::vec::Vec<u8>,
                            )|
                        {
                            let __r = HostFile::write(
                                __get(__store.data_mut()),
                                self_,
                                data,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]file.size",
                        move |
                            mut __store,
                            (self_,): (::wicker::component::Resource<File>,)|
                        {
                            let __r = HostFile::size(__get(__store.data_mut()), self_);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[static]file.open-temp",
                        move |mut __store, (): ()| {
                            let __r = HostFile::open_temp(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
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
                                ::wicker::component::Resource<File>,
                                ::wicker::component::Resource<File>,
                            )|
                        {
                            let __r = HostFile::copy_from(
                                __get(__store.data_mut()),
                                self_,
                                other,
                            );
                            {
                                let _ = __r;
                                ::core::result::Result::Ok(())
                            }
                        },
                    )?;
                __inst
                    .func_wrap(
                        "open",
                        move |mut __store, (path,): (::std::string::String,)| {
                            let __r = Host::open(__get(__store.data_mut()), path);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "close-all",
                        move |
                            mut __store,
                            (
                                files,
                            ): (::std::vec::Vec<::wicker::component::Resource<File>>,)|
                        {
                            let __r = Host::close_all(__get(__store.data_mut()), files);
                            {
                                let _ = __r;
                                ::core::result::Result::Ok(())
                            }
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
