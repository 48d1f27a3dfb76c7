/// The host's implementation of the functions `kv-store` imports.
#[allow(clippy::too_many_arguments)]
pub trait KvStoreImports {
    /// `log`.
    fn log(&mut self, level: u8, msg: ::std::string::String);
}
/// The exports of an instance of world `kv-store`, ready to call.
pub struct KvStore {
    __i0: exports::fixtures::kv_store::cache::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl KvStore {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<KvStore> {
        let instance = linker.instantiate(&mut store, component)?;
        KvStore::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<KvStore> {
        let __i0 = exports::fixtures::kv_store::cache::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(KvStore { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::kv_store::storage::Host + KvStoreImports + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::kv_store::storage::add_to_linker(linker, get)?;
        let __get = get;
        let mut __inst = linker.root();
        __inst
            .func_wrap(
                "log",
                move |mut __store, (level, msg): (u8, ::std::string::String)| {
                    let __r = KvStoreImports::log(__get(__store.data_mut()), level, msg);
                    {
                        let _ = __r;
                        ::core::result::Result::Ok(())
                    }
                },
            )?;
        let _ = &mut __inst;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:kv-store/cache`.
    pub fn fixtures_kv_store_cache(&self) -> &exports::fixtures::kv_store::cache::Guest {
        &self.__i0
    }
}
/// `KvStore` ready to instantiate quickly: the imports are resolved.
pub struct KvStorePre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> KvStorePre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<KvStore> {
        let instance = self.pre.instantiate(&mut store)?;
        KvStore::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `kv_store`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod kv_store {
            /// Generated bindings: `cache`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod cache {
                /// The WIT type `error`.
                pub type Error = super::super::super::super::fixtures::kv_store::storage::Error;
                /// The WIT type `stats`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
                )]
                #[component(record)]
                #[component(wicker = "::wicker")]
                pub struct Stats {
                    /// The `hits` field.
                    #[component(name = "hits")]
                    pub hits: u64,
                    /// The `misses` field.
                    #[component(name = "misses")]
                    pub misses: u64,
                }
                /// The guest's exports of `fixtures:kv-store/cache`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                    __f3: ::wicker::component::Func,
                    __f4: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:kv-store/cache` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:kv-store/cache")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:kv-store/cache",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "[constructor]lru")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]lru",
                            ))?;
                        __f0.typed::<(u32,), (::wicker::component::ResourceAny,)>()?;
                        let __f1 = exports
                            .get_func(&mut store, "[method]lru.get")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]lru.get",
                            ))?;
                        __f1.typed::<
                                (::wicker::component::ResourceAny, ::std::string::String),
                                (::core::option::Option<::std::vec::Vec<u8>>,),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "[method]lru.put")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]lru.put",
                            ))?;
                        __f2.typed::<
                                (
                                    ::wicker::component::ResourceAny,
                                    ::std::string::String,
                                    ::std::vec::Vec<u8>,
                                ),
                                (),
                            >()?;
                        let __f3 = exports
                            .get_func(&mut store, "[method]lru.stats")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]lru.stats",
                            ))?;
                        __f3.typed::<(::wicker::component::ResourceAny,), (Stats,)>()?;
                        let __f4 = exports
                            .get_func(&mut store, "flush")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "flush",
                            ))?;
                        __f4.typed::<
                                (::wicker::component::ResourceAny,),
                                (::core::result::Result<u32, Error>,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest {
                            __f0,
                            __f1,
                            __f2,
                            __f3,
                            __f4,
                        })
                    }
                    /// Calls `flush`.
                    pub fn call_flush<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        c: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<::core::result::Result<u32, Error>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny,),
                            (::core::result::Result<u32, Error>,),
                        >(&self.__f4);
                        let __r = __f.call(__store.as_context_mut(), (c,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
                /// Calls of the guest's resource `lru`.
                pub struct GuestLru<'a>(&'a Guest);
                #[allow(clippy::too_many_arguments)]
                impl GuestLru<'_> {
                    /// Calls `[constructor]lru`.
                    pub fn call_constructor<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        capacity: u32,
                    ) -> ::wicker::Result<::wicker::component::ResourceAny> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (::wicker::component::ResourceAny,),
                        >(&self.0.__f0);
                        let __r = __f.call(__store.as_context_mut(), (capacity,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[method]lru.get`.
                    pub fn call_get<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: &::wicker::component::ResourceAny,
                        key: &str,
                    ) -> ::wicker::Result<::core::option::Option<::std::vec::Vec<u8>>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny, &str),
                            (::core::option::Option<::std::vec::Vec<u8>>,),
                        >(&self.0.__f1);
                        let __r = __f.call(__store.as_context_mut(), (self_, key))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[method]lru.put`.
                    pub fn call_put<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: &::wicker::component::ResourceAny,
                        key: &str,
                        value: &[u8],
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny, &str, &[u8]),
                            (),
                        >(&self.0.__f2);
                        let __r = __f
                            .call(__store.as_context_mut(), (self_, key, value))?;
                        {
                            let () = __r;
                            ::core::result::Result::Ok(())
                        }
                    }
                    /// Calls `[method]lru.stats`.
                    pub fn call_stats<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<Stats> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny,),
                            (Stats,),
                        >(&self.0.__f3);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
                impl Guest {
                    /// The calls of resource `lru`.
                    pub fn lru(&self) -> GuestLru<'_> {
                        GuestLru(self)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `kv_store`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod kv_store {
        /// Generated bindings: `storage`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod storage {
            /// The WIT type `error`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[component(variant)]
            #[component(wicker = "::wicker")]
            pub enum Error {
                /// The `not-found` case.
                #[component(name = "not-found")]
                NotFound(::std::string::String),
                /// The `full` case.
                #[component(name = "full")]
                Full,
                /// The `io` case.
                #[component(name = "io")]
                Io(::std::string::String),
            }
            /// The WIT type `bucket`.
            /// The host's `bucket` resource: handles are `Resource<Bucket>`.
            pub enum Bucket {}
            /// The host's implementation of resource `bucket`.
            #[allow(clippy::too_many_arguments)]
            pub trait HostBucket {
                /// `[constructor]bucket`.
                fn new(
                    &mut self,
                    name: ::std::string::String,
                ) -> ::wicker::component::Resource<Bucket>;
                /// `[method]bucket.get`.
                fn get(
                    &mut self,
                    self_: ::wicker::component::Resource<Bucket>,
                    key: ::std::string::String,
                ) -> ::core::result::Result<::std::vec::Vec<u8>, Error>;
                /// `[method]bucket.set`.
                fn set(
                    &mut self,
                    self_: ::wicker::component::Resource<Bucket>,
                    key: ::std::string::String,
                    value: ::std::vec::Vec<u8>,
                ) -> ::core::result::Result<(), Error>;
                /// `[method]bucket.delete`.
                fn delete(
                    &mut self,
                    self_: ::wicker::component::Resource<Bucket>,
                    key: ::std::string::String,
                ) -> ::core::result::Result<(), Error>;
                /// `[method]bucket.keys`.
                fn keys(
                    &mut self,
                    self_: ::wicker::component::Resource<Bucket>,
                ) -> ::std::vec::Vec<::std::string::String>;
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<Bucket>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of `fixtures:kv-store/storage`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host: HostBucket {}
            /// Defines `fixtures:kv-store/storage` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:kv-store/storage")?;
                __inst
                    .resource::<
                        Bucket,
                    >(
                        "bucket",
                        move |mut __store, __rep| {
                            HostBucket::drop(
                                __get(__store.data_mut()),
                                ::wicker::component::Resource::new_own(__rep),
                            )
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[constructor]bucket",
                        move |mut __store, (name,): (::std::string::String,)| {
                            let __r = HostBucket::new(__get(__store.data_mut()), name);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]bucket.get",
                        move |
                            mut __store,
                            (
                                self_,
                                key,
                            ): (
                                ::wicker::component::Resource<Bucket>,
                                ::std::string::String,
                            )|
                        {
                            let __r = HostBucket::get(
                                __get(__store.data_mut()),
                                self_,
                                key,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]bucket.set",
                        move |
                            mut __store,
                            (
                                self_,
                                key,
                                value,
                            ): (
                                ::wicker::component::Resource<Bucket>,
                                ::std::string::String,
                                ::std::vec::Vec<u8>,
                            )|
                        {
                            let __r = HostBucket::set(
                                __get(__store.data_mut()),
                                self_,
                                key,
                                value,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]bucket.delete",
                        move |
                            mut __store,
                            (
                                self_,
                                key,
                            ): (
                                ::wicker::component::Resource<Bucket>,
                                ::std::string::String,
                            )|
                        {
                            let __r = HostBucket::delete(
                                __get(__store.data_mut()),
                                self_,
                                key,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]bucket.keys",
                        move |
                            mut __store,
                            (self_,): (::wicker::component::Resource<Bucket>,)|
                        {
                            let __r = HostBucket::keys(__get(__store.data_mut()), self_);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
