/// The exports of an instance of world `tuples`, ready to call.
pub struct Tuples {
    __i0: exports::fixtures::tuples::t::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Tuples {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Tuples> {
        let instance = linker.instantiate(&mut store, component)?;
        Tuples::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Tuples> {
        let __i0 = exports::fixtures::tuples::t::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Tuples { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::tuples::t::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::tuples::t::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:tuples/t`.
    pub fn fixtures_tuples_t(&self) -> &exports::fixtures::tuples::t::Guest {
        &self.__i0
    }
}
/// `Tuples` ready to instantiate quickly: the imports are resolved.
pub struct TuplesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> TuplesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Tuples> {
        let instance = self.pre.instantiate(&mut store)?;
        Tuples::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `tuples`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod tuples {
            /// Generated bindings: `t`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod t {
                /// The guest's exports of `fixtures:tuples/t`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
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
                        let __f0 = exports
                            .get_func(&mut store, "swap")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "swap",
                            ))?;
                        __f0.typed::<
                                ((u32, ::std::string::String),),
                                ((::std::string::String, u32),),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "triple")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "triple",
                            ))?;
                        __f1.typed::<(u8,), ((u8, u8, u8),)>()?;
                        let __f2 = exports
                            .get_func(&mut store, "single")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "single",
                            ))?;
                        __f2.typed::<((u64,),), ((u64,),)>()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1, __f2 })
                    }
                    /// Calls `swap`.
                    pub fn call_swap<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        p: (u32, ::std::string::String),
                    ) -> ::wicker::Result<(::std::string::String, u32)> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            ((u32, ::std::string::String),),
                            ((::std::string::String, u32),),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (p,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `triple`.
                    pub fn call_triple<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: u8,
                    ) -> ::wicker::Result<(u8, u8, u8)> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u8,),
                            ((u8, u8, u8),),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (a,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `single`.
                    pub fn call_single<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        u: (u64,),
                    ) -> ::wicker::Result<(u64,)> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            ((u64,),),
                            ((u64,),),
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (u,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `tuples`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod tuples {
        /// Generated bindings: `t`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod t {
            /// The host's implementation of `fixtures:tuples/t`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `swap`.
                fn swap(
                    &mut self,
                    p: (u32, ::std::string::String),
                ) -> (::std::string::String, u32);
                /// `triple`.
                fn triple(&mut self, a: u8) -> (u8, u8, u8);
                /// `single`.
                fn single(&mut self, u: (u64,)) -> (u64,);
            }
            /// Defines `fixtures:tuples/t` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:tuples/t")?;
                __inst
                    .func_wrap(
                        "swap",
                        move |mut __store, (p,): ((u32, ::std::string::String),)| {
                            let __r = Host::swap(__get(__store.data_mut()), p);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "triple",
                        move |mut __store, (a,): (u8,)| {
                            let __r = Host::triple(__get(__store.data_mut()), a);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "single",
                        move |mut __store, (u,): ((u64,),)| {
                            let __r = Host::single(__get(__store.data_mut()), u);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
