/// The exports of an instance of world `two-versions`, ready to call.
pub struct TwoVersions {
    __i0: exports::a::b__v1_0_0::c::Guest,
    __i1: exports::a::b__v2_0_0::c::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl TwoVersions {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<TwoVersions> {
        let instance = linker.instantiate(&mut store, component)?;
        TwoVersions::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<TwoVersions> {
        let __i0 = exports::a::b__v1_0_0::c::Guest::new(&mut store, instance)?;
        let __i1 = exports::a::b__v2_0_0::c::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(TwoVersions { __i0, __i1 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: a::b__v1_0_0::c::Host + a::b__v2_0_0::c::Host + a::b__v2_0_0::c_v1_0_0::Host
            + d::e__v1_0_0_2d72632e31::f::Host + d::e__v1_0_0::f::Host + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        a::b__v1_0_0::c::add_to_linker(linker, get)?;
        a::b__v2_0_0::c::add_to_linker(linker, get)?;
        a::b__v2_0_0::c_v1_0_0::add_to_linker(linker, get)?;
        d::e__v1_0_0_2d72632e31::f::add_to_linker(linker, get)?;
        d::e__v1_0_0::f::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `a:b/c@1.0.0`.
    pub fn a_b__v1_0_0_c(&self) -> &exports::a::b__v1_0_0::c::Guest {
        &self.__i0
    }
    /// The exports of `a:b/c@2.0.0`.
    pub fn a_b__v2_0_0_c(&self) -> &exports::a::b__v2_0_0::c::Guest {
        &self.__i1
    }
}
/// `TwoVersions` ready to instantiate quickly: the imports are resolved.
pub struct TwoVersionsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> TwoVersionsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<TwoVersions> {
        let instance = self.pre.instantiate(&mut store)?;
        TwoVersions::new(store, &instance)
    }
}
/// Generated bindings: `a`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod a {
    /// Generated bindings: `b__v1_0_0`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod b__v1_0_0 {
        /// Generated bindings: `c`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod c {
            /// The WIT type `info`.
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
            pub struct Info {
                /// The `v1` field.
                #[component(name = "v1")]
                pub v1: u32,
            }
            /// The host's implementation of `a:b/c@1.0.0`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `get`.
                fn get(&mut self) -> Info;
            }
            /// Defines `a:b/c@1.0.0` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("a:b/c@1.0.0")?;
                __inst
                    .func_wrap(
                        "get",
                        move |mut __store, (): ()| {
                            let __r = Host::get(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
    /// Generated bindings: `b__v2_0_0`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod b__v2_0_0 {
        /// Generated bindings: `c`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod c {
            /// The WIT type `info`.
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
            pub struct Info {
                /// The `v2` field.
                #[component(name = "v2")]
                pub v2: ::std::string::String,
            }
            /// The host's implementation of `a:b/c@2.0.0`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `get`.
                fn get(&mut self) -> Info;
            }
            /// Defines `a:b/c@2.0.0` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("a:b/c@2.0.0")?;
                __inst
                    .func_wrap(
                        "get",
                        move |mut __store, (): ()| {
                            let __r = Host::get(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
        /// Generated bindings: `c_v1_0_0`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod c_v1_0_0 {
            /// The host's implementation of `a:b/c-v1-0-0@2.0.0`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `get`.
                fn get(&mut self) -> u8;
            }
            /// Defines `a:b/c-v1-0-0@2.0.0` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("a:b/c-v1-0-0@2.0.0")?;
                __inst
                    .func_wrap(
                        "get",
                        move |mut __store, (): ()| {
                            let __r = Host::get(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
/// Generated bindings: `d`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod d {
    /// Generated bindings: `e__v1_0_0`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod e__v1_0_0 {
        /// Generated bindings: `f`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod f {
            /// The host's implementation of `d:e/f@1.0.0`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `hello`.
                fn hello(&mut self) -> ::std::string::String;
            }
            /// Defines `d:e/f@1.0.0` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("d:e/f@1.0.0")?;
                __inst
                    .func_wrap(
                        "hello",
                        move |mut __store, (): ()| {
                            let __r = Host::hello(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
    /// Generated bindings: `e__v1_0_0_2d72632e31`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod e__v1_0_0_2d72632e31 {
        /// Generated bindings: `f`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod f {
            /// The host's implementation of `d:e/f@1.0.0-rc.1`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `hello`.
                fn hello(&mut self) -> ::std::string::String;
            }
            /// Defines `d:e/f@1.0.0-rc.1` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("d:e/f@1.0.0-rc.1")?;
                __inst
                    .func_wrap(
                        "hello",
                        move |mut __store, (): ()| {
                            let __r = Host::hello(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `a`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod a {
        /// Generated bindings: `b__v1_0_0`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod b__v1_0_0 {
            /// Generated bindings: `c`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod c {
                /// The WIT type `info`.
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
                pub struct Info {
                    /// The `v1` field.
                    #[component(name = "v1")]
                    pub v1: u32,
                }
                /// The guest's exports of `a:b/c@1.0.0`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `a:b/c@1.0.0` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("a:b/c@1.0.0")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "a:b/c@1.0.0",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "get")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "get",
                            ))?;
                        __f0.typed::<
                                (),
                                (super::super::super::super::a::b__v1_0_0::c::Info,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0 })
                    }
                    /// Calls `get`.
                    pub fn call_get<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        super::super::super::super::a::b__v1_0_0::c::Info,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (super::super::super::super::a::b__v1_0_0::c::Info,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
            }
        }
        /// Generated bindings: `b__v2_0_0`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod b__v2_0_0 {
            /// Generated bindings: `c`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod c {
                /// The WIT type `info`.
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
                pub struct Info {
                    /// The `v2` field.
                    #[component(name = "v2")]
                    pub v2: ::std::string::String,
                }
                /// The guest's exports of `a:b/c@2.0.0`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `a:b/c@2.0.0` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("a:b/c@2.0.0")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "a:b/c@2.0.0",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "get")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "get",
                            ))?;
                        __f0.typed::<
                                (),
                                (super::super::super::super::a::b__v2_0_0::c::Info,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0 })
                    }
                    /// Calls `get`.
                    pub fn call_get<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        super::super::super::super::a::b__v2_0_0::c::Info,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (super::super::super::super::a::b__v2_0_0::c::Info,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
            }
        }
    }
}
