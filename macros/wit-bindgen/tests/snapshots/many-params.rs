/// The exports of an instance of world `many-params`, ready to call.
pub struct ManyParams {
    i_fixtures_many_params_wide: exports::fixtures::many_params::wide::Guest,
}
impl ManyParams {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<ManyParams> {
        let instance = linker.instantiate(&mut store, component)?;
        ManyParams::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<ManyParams> {
        let i_fixtures_many_params_wide = exports::fixtures::many_params::wide::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(ManyParams {
            i_fixtures_many_params_wide,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::many_params::wide::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::many_params::wide::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:many-params/wide`.
    pub fn fixtures_many_params_wide(
        &self,
    ) -> &exports::fixtures::many_params::wide::Guest {
        &self.i_fixtures_many_params_wide
    }
}
/// `ManyParams` ready to instantiate quickly: the imports are resolved.
pub struct ManyParamsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> ManyParamsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(ManyParamsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<ManyParams> {
        let instance = self.pre.instantiate(&mut store)?;
        ManyParams::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `many_params`.
        #[allow(dead_code, clippy::all)]
        pub mod many_params {
            /// Generated bindings: `wide`.
            #[allow(dead_code, clippy::all)]
            pub mod wide {
                /// The WIT type `big`.
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
                    pub e: String,
                    /// The `f` field.
                    #[component(name = "f")]
                    pub f: String,
                    /// The `g` field.
                    #[component(name = "g")]
                    pub g: String,
                    /// The `h` field.
                    #[component(name = "h")]
                    pub h: String,
                    /// The `i` field.
                    #[component(name = "i")]
                    pub i: String,
                }
                /// The guest's exports of `fixtures:many-params/wide`.
                pub struct Guest {
                    f_seventeen: ::wicker::component::Func,
                    f_big_in_out: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "seventeen")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "seventeen",
                            ))?;
                        func.typed::<
                                (u32, u32, u32, u32, u32, u32, u32, u32, u32, u32),
                                ((u32, u32),),
                            >()?;
                        let f_seventeen = func;
                        let func = exports
                            .get_func(&mut store, "big-in-out")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "big-in-out",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::fixtures::many_params::wide::Big,
                                    super::super::super::super::fixtures::many_params::wide::Big,
                                ),
                                (
                                    super::super::super::super::fixtures::many_params::wide::Big,
                                ),
                            >()?;
                        let f_big_in_out = func;
                        let _ = &mut store;
                        Ok(Guest { f_seventeen, f_big_in_out })
                    }
                    /// Calls `seventeen`.
                    pub fn call_seventeen<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
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
                        >(&self.f_seventeen);
                        let __r = __f
                            .call(
                                __store.as_context_mut(),
                                (a, b, c, d, e, f, g, h, i, j),
                            )?;
                        Ok(__r.0)
                    }
                    /// Calls `big-in-out`.
                    pub fn call_big_in_out<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
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
                        >(&self.f_big_in_out);
                        let __r = __f.call(__store.as_context_mut(), (x, y))?;
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
    /// Generated bindings: `many_params`.
    #[allow(dead_code, clippy::all)]
    pub mod many_params {
        /// Generated bindings: `wide`.
        #[allow(dead_code, clippy::all)]
        pub mod wide {
            /// The WIT type `big`.
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
                pub e: String,
                /// The `f` field.
                #[component(name = "f")]
                pub f: String,
                /// The `g` field.
                #[component(name = "g")]
                pub g: String,
                /// The `h` field.
                #[component(name = "h")]
                pub h: String,
                /// The `i` field.
                #[component(name = "i")]
                pub i: String,
            }
            /// The host's implementation of `fixtures:many-params/wide`.
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
                fn big_in_out(
                    &mut self,
                    x: super::super::super::fixtures::many_params::wide::Big,
                    y: super::super::super::fixtures::many_params::wide::Big,
                ) -> super::super::super::fixtures::many_params::wide::Big;
            }
            /// Defines `fixtures:many-params/wide` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
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
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "big-in-out",
                        move |
                            mut __store,
                            (
                                x,
                                y,
                            ): (
                                super::super::super::fixtures::many_params::wide::Big,
                                super::super::super::fixtures::many_params::wide::Big,
                            )|
                        {
                            let __r = Host::big_in_out(__get(__store.data_mut()), x, y);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
