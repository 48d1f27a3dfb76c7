/// The exports of an instance of world `guest-resources`, ready to call.
pub struct GuestResources {
    i_fixtures_guest_resources_counters: exports::fixtures::guest_resources::counters::Guest,
}
impl GuestResources {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<GuestResources> {
        let instance = linker.instantiate(&mut store, component)?;
        GuestResources::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<GuestResources> {
        let i_fixtures_guest_resources_counters = exports::fixtures::guest_resources::counters::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(GuestResources {
            i_fixtures_guest_resources_counters,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: Sized + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:guest-resources/counters`.
    pub fn fixtures_guest_resources_counters(
        &self,
    ) -> &exports::fixtures::guest_resources::counters::Guest {
        &self.i_fixtures_guest_resources_counters
    }
}
/// `GuestResources` ready to instantiate quickly: the imports are resolved.
pub struct GuestResourcesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> GuestResourcesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(GuestResourcesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<GuestResources> {
        let instance = self.pre.instantiate(&mut store)?;
        GuestResources::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `guest_resources`.
        #[allow(dead_code, clippy::all)]
        pub mod guest_resources {
            /// Generated bindings: `counters`.
            #[allow(dead_code, clippy::all)]
            pub mod counters {
                /// The WIT type `counter`.
                /// The guest's exports of `fixtures:guest-resources/counters`.
                pub struct Guest {
                    f__constructor_counter: ::wicker::component::Func,
                    f__method_counter_incr: ::wicker::component::Func,
                    f__method_counter_get: ::wicker::component::Func,
                    f__static_counter_merge: ::wicker::component::Func,
                    f_total: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "[constructor]counter")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]counter",
                            ))?;
                        func.typed::<(u32,), (::wicker::component::ResourceAny,)>()?;
                        let f__constructor_counter = func;
                        let func = exports
                            .get_func(&mut store, "[method]counter.incr")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]counter.incr",
                            ))?;
                        func.typed::<(::wicker::component::ResourceAny,), (u32,)>()?;
                        let f__method_counter_incr = func;
                        let func = exports
                            .get_func(&mut store, "[method]counter.get")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]counter.get",
                            ))?;
                        func.typed::<(::wicker::component::ResourceAny,), (u32,)>()?;
                        let f__method_counter_get = func;
                        let func = exports
                            .get_func(&mut store, "[static]counter.merge")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[static]counter.merge",
                            ))?;
                        func.typed::<
                                (
                                    ::wicker::component::ResourceAny,
                                    ::wicker::component::ResourceAny,
                                ),
                                (::wicker::component::ResourceAny,),
                            >()?;
                        let f__static_counter_merge = func;
                        let func = exports
                            .get_func(&mut store, "total")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "total",
                            ))?;
                        func.typed::<
                                (Vec<::wicker::component::ResourceAny>,),
                                (u64,),
                            >()?;
                        let f_total = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f__constructor_counter,
                            f__method_counter_incr,
                            f__method_counter_get,
                            f__static_counter_merge,
                            f_total,
                        })
                    }
                    /// Calls `total`.
                    pub fn call_total<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        counters: &[::wicker::component::ResourceAny],
                    ) -> ::wicker::Result<u64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[::wicker::component::ResourceAny],),
                            (u64,),
                        >(&self.f_total);
                        let __r = __f.call(__store.as_context_mut(), (counters,))?;
                        Ok(__r.0)
                    }
                }
                /// Calls of the guest's resource `counter`.
                pub struct GuestCounter<'a>(&'a Guest);
                impl GuestCounter<'_> {
                    /// Calls `[constructor]counter`.
                    pub fn call_constructor<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        start: u32,
                    ) -> ::wicker::Result<::wicker::component::ResourceAny> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (::wicker::component::ResourceAny,),
                        >(&self.0.f__constructor_counter);
                        let __r = __f.call(__store.as_context_mut(), (start,))?;
                        Ok(__r.0)
                    }
                    /// Calls `[method]counter.incr`.
                    pub fn call_incr<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        self_: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny,),
                            (u32,),
                        >(&self.0.f__method_counter_incr);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        Ok(__r.0)
                    }
                    /// Calls `[method]counter.get`.
                    pub fn call_get<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        self_: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&::wicker::component::ResourceAny,),
                            (u32,),
                        >(&self.0.f__method_counter_get);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        Ok(__r.0)
                    }
                    /// Calls `[static]counter.merge`.
                    pub fn call_merge<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: &::wicker::component::ResourceAny,
                        b: &::wicker::component::ResourceAny,
                    ) -> ::wicker::Result<::wicker::component::ResourceAny> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &::wicker::component::ResourceAny,
                                &::wicker::component::ResourceAny,
                            ),
                            (::wicker::component::ResourceAny,),
                        >(&self.0.f__static_counter_merge);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        Ok(__r.0)
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
