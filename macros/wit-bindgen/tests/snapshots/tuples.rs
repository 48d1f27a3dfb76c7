/// The exports of an instance of world `tuples`, ready to call.
pub struct Tuples {
    i_fixtures_tuples_t: exports::fixtures::tuples::t::Guest,
}
impl Tuples {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Tuples> {
        let instance = linker.instantiate(&mut store, component)?;
        Tuples::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Tuples> {
        let i_fixtures_tuples_t = exports::fixtures::tuples::t::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Tuples { i_fixtures_tuples_t })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::tuples::t::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::tuples::t::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:tuples/t`.
    pub fn fixtures_tuples_t(&self) -> &exports::fixtures::tuples::t::Guest {
        &self.i_fixtures_tuples_t
    }
}
/// `Tuples` ready to instantiate quickly: the imports are resolved.
pub struct TuplesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> TuplesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(TuplesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Tuples> {
        let instance = self.pre.instantiate(&mut store)?;
        Tuples::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `tuples`.
        #[allow(dead_code, clippy::all)]
        pub mod tuples {
            /// Generated bindings: `t`.
            #[allow(dead_code, clippy::all)]
            pub mod t {
                /// The guest's exports of `fixtures:tuples/t`.
                pub struct Guest {
                    f_swap: ::wicker::component::Func,
                    f_triple: ::wicker::component::Func,
                    f_single: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:tuples/t` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:tuples/t")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:tuples/t",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "swap")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "swap",
                            ))?;
                        func.typed::<((u32, String),), ((String, u32),)>()?;
                        let f_swap = func;
                        let func = exports
                            .get_func(&mut store, "triple")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "triple",
                            ))?;
                        func.typed::<(u8,), ((u8, u8, u8),)>()?;
                        let f_triple = func;
                        let func = exports
                            .get_func(&mut store, "single")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "single",
                            ))?;
                        func.typed::<((u64,),), ((u64,),)>()?;
                        let f_single = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f_swap,
                            f_triple,
                            f_single,
                        })
                    }
                    /// Calls `swap`.
                    pub fn call_swap<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        p: (u32, String),
                    ) -> ::wicker::Result<(String, u32)> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            ((u32, String),),
                            ((String, u32),),
                        >(&self.f_swap);
                        let __r = __f.call(__store.as_context_mut(), (p,))?;
                        Ok(__r.0)
                    }
                    /// Calls `triple`.
                    pub fn call_triple<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: u8,
                    ) -> ::wicker::Result<(u8, u8, u8)> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u8,),
                            ((u8, u8, u8),),
                        >(&self.f_triple);
                        let __r = __f.call(__store.as_context_mut(), (a,))?;
                        Ok(__r.0)
                    }
                    /// Calls `single`.
                    pub fn call_single<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        u: (u64,),
                    ) -> ::wicker::Result<(u64,)> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            ((u64,),),
                            ((u64,),),
                        >(&self.f_single);
                        let __r = __f.call(__store.as_context_mut(), (u,))?;
                        Ok(__r.0)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `tuples`.
    #[allow(dead_code, clippy::all)]
    pub mod tuples {
        /// Generated bindings: `t`.
        #[allow(dead_code, clippy::all)]
        pub mod t {
            /// The host's implementation of `fixtures:tuples/t`.
            pub trait Host {
                /// `swap`.
                fn swap(&mut self, p: (u32, String)) -> (String, u32);
                /// `triple`.
                fn triple(&mut self, a: u8) -> (u8, u8, u8);
                /// `single`.
                fn single(&mut self, u: (u64,)) -> (u64,);
            }
            /// Defines `fixtures:tuples/t` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:tuples/t")?;
                __inst
                    .func_wrap(
                        "swap",
                        move |mut __store, (p,): ((u32, String),)| {
                            let __r = Host::swap(__get(__store.data_mut()), p);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "triple",
                        move |mut __store, (a,): (u8,)| {
                            let __r = Host::triple(__get(__store.data_mut()), a);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "single",
                        move |mut __store, (u,): ((u64,),)| {
                            let __r = Host::single(__get(__store.data_mut()), u);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
