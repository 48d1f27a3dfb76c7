/// The exports of an instance of world `guest-resources`, ready to call.
pub struct GuestResources {
    __i0: exports::fixtures::guest_resources::counters::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl GuestResources {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<GuestResources> {
        let instance = linker.instantiate(&mut store, component)?;
        GuestResources::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<GuestResources> {
        let __i0 = exports::fixtures::guest_resources::counters::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(GuestResources { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: ::core::marker::Sized + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:guest-resources/counters`.
    pub fn fixtures_guest_resources_counters(
        &self,
    ) -> &exports::fixtures::guest_resources::counters::Guest {
        &self.__i0
    }
}
/// `GuestResources` ready to instantiate quickly: the imports are resolved.
pub struct GuestResourcesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> GuestResourcesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<GuestResources> {
        let instance = self.pre.instantiate(&mut store)?;
        GuestResources::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `guest_resources`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod guest_resources {
            /// Generated bindings: `counters`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod counters {
                /// The guest's exports of `fixtures:guest-resources/counters`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                    __f3: ::wicker::component::Func,
                    __f4: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:guest-resources/counters` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:guest-resources/counters")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:guest-resources/counters",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "[constructor]counter")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]counter",
                            ))?;
                        __f0.typed::<(u32,), (::wicker::component::ResourceAny,)>()?;
                        let __f1 = exports
                            .get_func(&mut store, "[method]counter.incr")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]counter.incr",
                            ))?;
                        __f1.typed::<(::wicker::component::ResourceAny,), (u32,)>()?;
                        let __f2 = exports
                            .get_func(&mut store, "[method]counter.get")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]counter.get",
                            ))?;
                        __f2.typed::<(::wicker::component::ResourceAny,), (u32,)>()?;
                        let __f3 = exports
                            .get_func(&mut store, "[static]counter.merge")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[static]counter.merge",
                            ))?;
                        __f3.typed::<
                                (
                                    ::wicker::component::ResourceAny,
                                    ::wicker::component::ResourceAny,
                                ),
                                (::wicker::component::ResourceAny,),
                            >()?;
                        let __f4 = exports
                            .get_func(&mut store, "total")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "total",
                            ))?;
                        __f4.typed::<
                                (::std::vec::Vec<::wicker::component::ResourceAny>,),
                                (u64,),
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
                    /// Calls `total`.
                    pub fn call_total<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        counters: &[::wicker::component::ResourceAny],
                    ) -> ::wicker::Result<u64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[::wicker::component::ResourceAny],),
                            (u64,),
                        >(&self.__f4);
                        let __r = __f.call(__store.as_context_mut(), (counters,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
                /// Calls of the guest's resource `counter`.
                pub struct GuestCounter<'a>(&'a Guest);
                #[allow(clippy::too_many_arguments)]
                impl GuestCounter<'_> {
                    /// Calls `[constructor]counter`.
                    pub fn call_constructor<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        start: u32,
                    ) -> ::wicker::Result<::wicker::component::ResourceAny> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (::wicker::component::ResourceAny,),
                        >(&self.0.__f0);
                        let __r = __f.call(__store.as_context_mut(), (start,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[method]counter.incr`.
                    pub fn call_incr<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny,),
                            (u32,),
                        >(&self.0.__f1);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[method]counter.get`.
                    pub fn call_get<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny,),
                            (u32,),
                        >(&self.0.__f2);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[static]counter.merge`.
                    pub fn call_merge<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: &::wicker::component::ResourceAny,
                        b: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<::wicker::component::ResourceAny> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &::wicker::component::ResourceAny,
                                &::wicker::component::ResourceAny,
                            ),
                            (::wicker::component::ResourceAny,),
                        >(&self.0.__f3);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
                impl Guest {
                    /// The calls of resource `counter`.
                    pub fn counter(&self) -> GuestCounter<'_> {
                        GuestCounter(self)
                    }
                }
            }
        }
    }
}
