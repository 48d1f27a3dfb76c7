/// The exports of an instance of world `async`, ready to call.
pub struct Async {
    __f0: ::wicker::component::Func,
    __i0: exports::r#type::r#fn::r#impl::Guest,
    __i1: exports::r#type::Guest,
    __i2: exports::crate_::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Async {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Async> {
        let instance = linker.instantiate(&mut store, component)?;
        Async::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Async> {
        let __f0 = instance
            .get_func(&mut store, "where")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("where"))?;
        __f0.typed::<(), ()>()?;
        let __i0 = exports::r#type::r#fn::r#impl::Guest::new(&mut store, instance)?;
        let __i1 = exports::r#type::Guest::new(&mut store, instance)?;
        let __i2 = exports::crate_::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Async { __f0, __i0, __i1, __i2 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: r#type::r#fn::r#impl::Host + self_::Host + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        r#type::r#fn::r#impl::add_to_linker(linker, get)?;
        self_::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `where`.
    pub fn call_where<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<()> {
        let __f = ::wicker::component::__internal::typed_func::<(), ()>(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), ())?;
        {
            let () = __r;
            ::core::result::Result::Ok(())
        }
    }
    /// The exports of `type:fn/impl`.
    pub fn type_fn_impl(&self) -> &exports::r#type::r#fn::r#impl::Guest {
        &self.__i0
    }
    /// The exports of `type`.
    pub fn r#type(&self) -> &exports::r#type::Guest {
        &self.__i1
    }
    /// The exports of `crate`.
    pub fn crate_(&self) -> &exports::crate_::Guest {
        &self.__i2
    }
}
/// `Async` ready to instantiate quickly: the imports are resolved.
pub struct AsyncPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> AsyncPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Async> {
        let instance = self.pre.instantiate(&mut store)?;
        Async::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `crate_`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod crate_ {
        /// The guest's exports of `crate`.
        pub struct Guest {
            __f0: ::wicker::component::Func,
        }
        #[allow(clippy::too_many_arguments)]
        impl Guest {
            /// Finds and checks the exports of `crate` in `instance`.
            pub fn new(
                mut store: impl ::wicker::AsContextMut,
                instance: &::wicker::component::Instance,
            ) -> ::wicker::Result<Guest> {
                let exports = instance
                    .get_instance("crate")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "crate",
                    ))?;
                let __f0 = exports
                    .get_func(&mut store, "g")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "g",
                    ))?;
                __f0.typed::<(), ()>()?;
                let _ = &mut store;
                ::core::result::Result::Ok(Guest { __f0 })
            }
            /// Calls `g`.
            pub fn call_g<__T: 'static>(
                &self,
                mut __store: impl ::wicker::AsContextMut<Data = __T>,
            ) -> ::wicker::Result<()> {
                let __f = ::wicker::component::__internal::typed_func::<
                    (),
                    (),
                >(&self.__f0);
                let __r = __f.call(__store.as_context_mut(), ())?;
                {
                    let () = __r;
                    ::core::result::Result::Ok(())
                }
            }
        }
    }
    /// Generated bindings: `r#type`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod r#type {
        /// The guest's exports of `type`.
        pub struct Guest {
            __f0: ::wicker::component::Func,
        }
        #[allow(clippy::too_many_arguments)]
        impl Guest {
            /// Finds and checks the exports of `type` in `instance`.
            pub fn new(
                mut store: impl ::wicker::AsContextMut,
                instance: &::wicker::component::Instance,
            ) -> ::wicker::Result<Guest> {
                let exports = instance
                    .get_instance("type")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "type",
                    ))?;
                let __f0 = exports
                    .get_func(&mut store, "f")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "f",
                    ))?;
                __f0.typed::<(), ()>()?;
                let _ = &mut store;
                ::core::result::Result::Ok(Guest { __f0 })
            }
            /// Calls `f`.
            pub fn call_f<__T: 'static>(
                &self,
                mut __store: impl ::wicker::AsContextMut<Data = __T>,
            ) -> ::wicker::Result<()> {
                let __f = ::wicker::component::__internal::typed_func::<
                    (),
                    (),
                >(&self.__f0);
                let __r = __f.call(__store.as_context_mut(), ())?;
                {
                    let () = __r;
                    ::core::result::Result::Ok(())
                }
            }
        }
        /// Generated bindings: `r#fn`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod r#fn {
            /// Generated bindings: `r#impl`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod r#impl {
                /// The WIT type `struct`.
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
                pub struct Struct {
                    /// The `self` field.
                    #[component(name = "self")]
                    pub self_: u32,
                }
                /// The guest's exports of `type:fn/impl`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `type:fn/impl` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("type:fn/impl")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "type:fn/impl",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "crate")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "crate",
                            ))?;
                        __f0.typed::<
                                (super::super::super::super::r#type::r#fn::r#impl::Struct,),
                                (u32,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0 })
                    }
                    /// Calls `crate`.
                    pub fn call_crate<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        super_: &super::super::super::super::r#type::r#fn::r#impl::Struct,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::r#type::r#fn::r#impl::Struct,),
                            (u32,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (super_,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `r#type`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod r#type {
    /// Generated bindings: `r#fn`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod r#fn {
        /// Generated bindings: `r#impl`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod r#impl {
            /// The WIT type `struct`.
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
            pub struct Struct {
                /// The `self` field.
                #[component(name = "self")]
                pub self_: u32,
            }
            /// The host's implementation of `type:fn/impl`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `crate`.
                fn crate_(&mut self, super_: Struct) -> u32;
            }
            /// Defines `type:fn/impl` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("type:fn/impl")?;
                __inst
                    .func_wrap(
                        "crate",
                        move |mut __store, (super_,): (Struct,)| {
                            let __r = Host::crate_(__get(__store.data_mut()), super_);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
/// Generated bindings: `self_`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod self_ {
    /// The host's implementation of ``.
    #[allow(clippy::too_many_arguments)]
    pub trait Host {
        /// `f`.
        fn f(&mut self);
    }
    /// Defines `self` in `linker`, implemented by the `__U` that `get` finds in the
    /// store's data.
    pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let __get = get;
        let mut __inst = linker.instance("self")?;
        __inst
            .func_wrap(
                "f",
                move |mut __store, (): ()| {
                    let __r = Host::f(__get(__store.data_mut()));
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
