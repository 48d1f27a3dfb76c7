/// The exports of an instance of world `many-params`, ready to call.
pub struct ManyParams {
    __i0: exports::fixtures::many_params::wide::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl ManyParams {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<ManyParams> {
        let instance = linker.instantiate(&mut store, component)?;
        ManyParams::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<ManyParams> {
        let __i0 = exports::fixtures::many_params::wide::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(ManyParams { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::many_params::wide::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::many_params::wide::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:many-params/wide`.
    pub fn fixtures_many_params_wide(
        &self,
    ) -> &exports::fixtures::many_params::wide::Guest {
        &self.__i0
    }
}
/// `ManyParams` ready to instantiate quickly: the imports are resolved.
pub struct ManyParamsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> ManyParamsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<ManyParams> {
        let instance = self.pre.instantiate(&mut store)?;
        ManyParams::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `many_params`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod many_params {
            /// Generated bindings: `wide`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod wide {
                /// The WIT type `big`.
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
                pub struct Big {
                    /// The `a` field.
                    #[component(name = "a")]
                    pub a: u64,
                    /// The `b` field.
                    #[component(name = "b")]
                    pub b: u64,
                    /// The `c` field.
                    #[component(name = "c")]
                    pub c: u64,
                    /// The `d` field.
                    #[component(name = "d")]
                    pub d: u64,
                    /// The `e` field.
                    #[component(name = "e")]
                    pub e: ::std::string::String,
                    /// The `f` field.
                    #[component(name = "f")]
                    pub f: ::std::string::String,
                    /// The `g` field.
                    #[component(name = "g")]
                    pub g: ::std::string::String,
                    /// The `h` field.
                    #[component(name = "h")]
                    pub h: ::std::string::String,
                    /// The `i` field.
                    #[component(name = "i")]
                    pub i: ::std::string::String,
                }
                /// The guest's exports of `fixtures:many-params/wide`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:many-params/wide` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:many-params/wide")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:many-params/wide",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "seventeen")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "seventeen",
                            ))?;
                        __f0.typed::<
                                (u32, u32, u32, u32, u32, u32, u32, u32, u32, u32),
                                ((u32, u32),),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "big-in-out")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "big-in-out",
                            ))?;
                        __f1.typed::<
                                (
                                    super::super::super::super::fixtures::many_params::wide::Big,
                                    super::super::super::super::fixtures::many_params::wide::Big,
                                ),
                                (
                                    super::super::super::super::fixtures::many_params::wide::Big,
                                ),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1 })
                    }
                    /// Calls `seventeen`.
                    pub fn call_seventeen<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: u32,
                        b: u32,
                        c: u32,
                        d: u32,
                        e: u32,
                        f: u32,
                        g: u32,
                        h: u32,
                        i: u32,
                        j: u32,
                    ) -> ::wicker::Result<(u32, u32)> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32, u32, u32, u32, u32, u32, u32, u32, u32, u32),
                            ((u32, u32),),
                        >(&self.__f0);
                        let __r = __f
                            .call(
                                __store.as_context_mut(),
                                (a, b, c, d, e, f, g, h, i, j),
                            )?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `big-in-out`.
                    pub fn call_big_in_out<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        x: &super::super::super::super::fixtures::many_params::wide::Big,
                        y: &super::super::super::super::fixtures::many_params::wide::Big,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::many_params::wide::Big,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::many_params::wide::Big,
                                &super::super::super::super::fixtures::many_params::wide::Big,
                            ),
                            (
                                super::super::super::super::fixtures::many_params::wide::Big,
                            ),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (x, y))?;
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
    /// Generated bindings: `many_params`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod many_params {
        /// Generated bindings: `wide`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod wide {
            /// The WIT type `big`.
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
            pub struct Big {
                /// The `a` field.
                #[component(name = "a")]
                pub a: u64,
                /// The `b` field.
                #[component(name = "b")]
                pub b: u64,
                /// The `c` field.
                #[component(name = "c")]
                pub c: u64,
                /// The `d` field.
                #[component(name = "d")]
                pub d: u64,
                /// The `e` field.
                #[component(name = "e")]
                pub e: ::std::string::String,
                /// The `f` field.
                #[component(name = "f")]
                pub f: ::std::string::String,
                /// The `g` field.
                #[component(name = "g")]
                pub g: ::std::string::String,
                /// The `h` field.
                #[component(name = "h")]
                pub h: ::std::string::String,
                /// The `i` field.
                #[component(name = "i")]
                pub i: ::std::string::String,
            }
            /// The host's implementation of `fixtures:many-params/wide`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `seventeen`.
                fn seventeen(
                    &mut self,
                    a: u32,
                    b: u32,
                    c: u32,
                    d: u32,
                    e: u32,
                    f: u32,
                    g: u32,
                    h: u32,
                    i: u32,
                    j: u32,
                ) -> (u32, u32);
                /// `big-in-out`.
                fn big_in_out(&mut self, x: Big, y: Big) -> Big;
            }
            /// Defines `fixtures:many-params/wide` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:many-params/wide")?;
                __inst
                    .func_wrap(
                        "seventeen",
                        move |
                            mut __store,
                            (
                                a,
                                b,
                                c,
                                d,
                                e,
                                f,
                                g,
                                h,
                                i,
                                j,
                            ): (u32, u32, u32, u32, u32, u32, u32, u32, u32, u32)|
                        {
                            let __r = Host::seventeen(
                                __get(__store.data_mut()),
                                a,
                                b,
                                c,
                                d,
                                e,
                                f,
                                g,
                                h,
                                i,
                                j,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "big-in-out",
                        move |mut __store, (x, y): (Big, Big)| {
                            let __r = Host::big_in_out(__get(__store.data_mut()), x, y);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
