/// The host's implementation of the functions `kv-store` imports.
pub trait KvStoreImports {
    /// `log`.
    fn log(&mut self, level: u8, msg: String);
}
/// The exports of an instance of world `kv-store`, ready to call.
pub struct KvStore {
    i_fixtures_kv_store_cache: exports::fixtures::kv_store::cache::Guest,
}
impl KvStore {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<KvStore> {
        let instance = linker.instantiate(&mut store, component)?;
        KvStore::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<KvStore> {
        let i_fixtures_kv_store_cache = exports::fixtures::kv_store::cache::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(KvStore {
            i_fixtures_kv_store_cache,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        T: 'static,
        U: fixtures::kv_store::storage::Host + KvStoreImports + 'static,
    >(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::kv_store::storage::add_to_linker(linker, get)?;
        let __get = get;
        let mut __inst = linker.root();
        __inst
            .func_wrap(
                "log",
                move |mut __store, (level, msg): (u8, String)| {
                    let __r = KvStoreImports::log(__get(__store.data_mut()), level, msg);
                    {
                        let _ = __r;
                        Ok(())
                    }
                },
            )?;
        let _ = &mut __inst;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:kv-store/cache`.
    pub fn fixtures_kv_store_cache(&self) -> &exports::fixtures::kv_store::cache::Guest {
        &self.i_fixtures_kv_store_cache
    }
}
/// `KvStore` ready to instantiate quickly: the imports are resolved.
pub struct KvStorePre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> KvStorePre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(KvStorePre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<KvStore> {
        let instance = self.pre.instantiate(&mut store)?;
        KvStore::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `kv_store`.
        #[allow(dead_code, clippy::all)]
        pub mod kv_store {
            /// Generated bindings: `cache`.
            #[allow(dead_code, clippy::all)]
            pub mod cache {
                /// The WIT type `error`.
                pub type Error = super::super::super::super::fixtures::kv_store::storage::Error;
                /// The WIT type `stats`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    Debug,
                    Clone,
                    PartialEq
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
                /// The WIT type `lru`.
                /// The guest's exports of `fixtures:kv-store/cache`.
                pub struct Guest {
                    f__constructor_lru: ::wicker::component::Func,
                    f__method_lru_get: ::wicker::component::Func,
                    f__method_lru_put: ::wicker::component::Func,
                    f__method_lru_stats: ::wicker::component::Func,
                    f_flush: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "[constructor]lru")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]lru",
                            ))?;
                        func.typed::<(u32,), (::wicker::component::ResourceAny,)>()?;
                        let f__constructor_lru = func;
                        let func = exports
                            .get_func(&mut store, "[method]lru.get")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]lru.get",
                            ))?;
                        func.typed::<
                                (::wicker::component::ResourceAny, String),
                                (Option<Vec<u8>>,),
                            >()?;
                        let f__method_lru_get = func;
                        let func = exports
                            .get_func(&mut store, "[method]lru.put")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]lru.put",
                            ))?;
                        func.typed::<
                                (::wicker::component::ResourceAny, String, Vec<u8>),
                                (),
                            >()?;
                        let f__method_lru_put = func;
                        let func = exports
                            .get_func(&mut store, "[method]lru.stats")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]lru.stats",
                            ))?;
                        func.typed::<
                                (::wicker::component::ResourceAny,),
                                (
                                    super::super::super::super::exports::fixtures::kv_store::cache::Stats,
                                ),
                            >()?;
                        let f__method_lru_stats = func;
                        let func = exports
                            .get_func(&mut store, "flush")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "flush",
                            ))?;
                        func.typed::<
                                (::wicker::component::ResourceAny,),
                                (
                                    Result<
                                        u32,
                                        super::super::super::super::exports::fixtures::kv_store::cache::Error,
                                    >,
                                ),
                            >()?;
                        let f_flush = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f__constructor_lru,
                            f__method_lru_get,
                            f__method_lru_put,
                            f__method_lru_stats,
                            f_flush,
                        })
                    }
                    /// Calls `flush`.
                    pub fn call_flush<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        c: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<
                        Result<
                            u32,
                            super::super::super::super::exports::fixtures::kv_store::cache::Error,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny,),
                            (
                                Result<
                                    u32,
                                    super::super::super::super::exports::fixtures::kv_store::cache::Error,
                                >,
                            ),
                        >(&self.f_flush);
                        let __r = __f.call(__store.as_context_mut(), (c,))?;
                        Ok(__r.0)
                    }
                }
                /// Calls of the guest's resource `lru`.
                pub struct GuestLru<'a>(&'a Guest);
                impl GuestLru<'_> {
                    /// Calls `[constructor]lru`.
                    pub fn call_constructor<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        capacity: u32,
                    ) -> ::wicker::Result<::wicker::component::ResourceAny> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (::wicker::component::ResourceAny,),
                        >(&self.0.f__constructor_lru);
                        let __r = __f.call(__store.as_context_mut(), (capacity,))?;
                        Ok(__r.0)
                    }
                    /// Calls `[method]lru.get`.
                    pub fn call_get<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        self_: &::wicker::component::ResourceAny,
                        key: &str,
                    ) -> ::wicker::Result<Option<Vec<u8>>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny, &str),
                            (Option<Vec<u8>>,),
                        >(&self.0.f__method_lru_get);
                        let __r = __f.call(__store.as_context_mut(), (self_, key))?;
                        Ok(__r.0)
                    }
                    /// Calls `[method]lru.put`.
                    pub fn call_put<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        self_: &::wicker::component::ResourceAny,
                        key: &str,
                        value: &[u8],
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny, &str, &[u8]),
                            (),
                        >(&self.0.f__method_lru_put);
                        let __r = __f
                            .call(__store.as_context_mut(), (self_, key, value))?;
                        {
                            let () = __r;
                            Ok(())
                        }
                    }
                    /// Calls `[method]lru.stats`.
                    pub fn call_stats<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        self_: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<
                        super::super::super::super::exports::fixtures::kv_store::cache::Stats,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny,),
                            (
                                super::super::super::super::exports::fixtures::kv_store::cache::Stats,
                            ),
                        >(&self.0.f__method_lru_stats);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        Ok(__r.0)
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
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `kv_store`.
    #[allow(dead_code, clippy::all)]
    pub mod kv_store {
        /// Generated bindings: `storage`.
        #[allow(dead_code, clippy::all)]
        pub mod storage {
            /// The WIT type `error`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                Debug,
                Clone,
                PartialEq
            )]
            #[component(variant)]
            #[component(wicker = "::wicker")]
            pub enum Error {
                /// The `not-found` case.
                #[component(name = "not-found")]
                NotFound(String),
                /// The `full` case.
                #[component(name = "full")]
                Full,
                /// The `io` case.
                #[component(name = "io")]
                Io(String),
            }
            /// The WIT type `bucket`.
            /// The host's `bucket` resource: handles are `Resource<Bucket>`.
            pub enum Bucket {}
            /// The host's implementation of resource `bucket`.
            pub trait HostBucket {
                /// `[constructor]bucket`.
                fn new(
                    &mut self,
                    name: String,
                ) -> ::wicker::component::Resource<
                    super::super::super::fixtures::kv_store::storage::Bucket,
                >;
                /// `[method]bucket.get`.
                fn get(
                    &mut self,
                    self_: ::wicker::component::Resource<
                        super::super::super::fixtures::kv_store::storage::Bucket,
                    >,
                    key: String,
                ) -> Result<
                    Vec<u8>,
                    super::super::super::fixtures::kv_store::storage::Error,
                >;
                /// `[method]bucket.set`.
                fn set(
                    &mut self,
                    self_: ::wicker::component::Resource<
                        super::super::super::fixtures::kv_store::storage::Bucket,
                    >,
                    key: String,
                    value: Vec<u8>,
                ) -> Result<(), super::super::super::fixtures::kv_store::storage::Error>;
                /// `[method]bucket.delete`.
                fn delete(
                    &mut self,
                    self_: ::wicker::component::Resource<
                        super::super::super::fixtures::kv_store::storage::Bucket,
                    >,
                    key: String,
                ) -> Result<(), super::super::super::fixtures::kv_store::storage::Error>;
                /// `[method]bucket.keys`.
                fn keys(
                    &mut self,
                    self_: ::wicker::component::Resource<
                        super::super::super::fixtures::kv_store::storage::Bucket,
                    >,
                ) -> Vec<String>;
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<Bucket>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of `fixtures:kv-store/storage`.
            pub trait Host: HostBucket {}
            /// Defines `fixtures:kv-store/storage` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
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
                        move |mut __store, (name,): (String,)| {
                            let __r = HostBucket::new(__get(__store.data_mut()), name);
                            Ok((__r,))
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
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::kv_store::storage::Bucket,
                                >,
                                String,
                            )|
                        {
                            let __r = HostBucket::get(
                                __get(__store.data_mut()),
                                self_,
                                key,
                            );
                            Ok((__r,))
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
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::kv_store::storage::Bucket,
                                >,
                                String,
                                Vec<u8>,
                            )|
                        {
                            let __r = HostBucket::set(
                                __get(__store.data_mut()),
                                self_,
                                key,
                                value,
                            );
                            Ok((__r,))
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
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::kv_store::storage::Bucket,
                                >,
                                String,
                            )|
                        {
                            let __r = HostBucket::delete(
                                __get(__store.data_mut()),
                                self_,
                                key,
                            );
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]bucket.keys",
                        move |
                            mut __store,
                            (
                                self_,
                            ): (
                                ::wicker::component::Resource<
                                    super::super::super::fixtures::kv_store::storage::Bucket,
                                >,
                            )|
                        {
                            let __r = HostBucket::keys(__get(__store.data_mut()), self_);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
