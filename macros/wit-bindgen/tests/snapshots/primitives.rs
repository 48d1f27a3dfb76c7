/// The exports of an instance of world `primitives`, ready to call.
pub struct Primitives {
    __i0: exports::fixtures::primitives::numbers::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Primitives {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Primitives> {
        let instance = linker.instantiate(&mut store, component)?;
        Primitives::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Primitives> {
        let __i0 = exports::fixtures::primitives::numbers::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Primitives { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::primitives::numbers::Host + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::primitives::numbers::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:primitives/numbers`.
    pub fn fixtures_primitives_numbers(
        &self,
    ) -> &exports::fixtures::primitives::numbers::Guest {
        &self.__i0
    }
}
/// `Primitives` ready to instantiate quickly: the imports are resolved.
pub struct PrimitivesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> PrimitivesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Primitives> {
        let instance = self.pre.instantiate(&mut store)?;
        Primitives::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `primitives`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod primitives {
            /// Generated bindings: `numbers`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod numbers {
                /// The guest's exports of `fixtures:primitives/numbers`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                    __f3: ::wicker::component::Func,
                    __f4: ::wicker::component::Func,
                    __f5: ::wicker::component::Func,
                    __f6: ::wicker::component::Func,
                    __f7: ::wicker::component::Func,
                    __f8: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:primitives/numbers` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:primitives/numbers")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:primitives/numbers",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "add-u8")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "add-u8",
                            ))?;
                        __f0.typed::<(u8, u8), (u8,)>()?;
                        let __f1 = exports
                            .get_func(&mut store, "add-s16")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "add-s16",
                            ))?;
                        __f1.typed::<(i16, i16), (i16,)>()?;
                        let __f2 = exports
                            .get_func(&mut store, "add-u32")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "add-u32",
                            ))?;
                        __f2.typed::<(u32, u32), (u32,)>()?;
                        let __f3 = exports
                            .get_func(&mut store, "add-s64")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "add-s64",
                            ))?;
                        __f3.typed::<(i64, i64), (i64,)>()?;
                        let __f4 = exports
                            .get_func(&mut store, "mul-f32")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "mul-f32",
                            ))?;
                        __f4.typed::<(f32, f32), (f32,)>()?;
                        let __f5 = exports
                            .get_func(&mut store, "mul-f64")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "mul-f64",
                            ))?;
                        __f5.typed::<(f64, f64), (f64,)>()?;
                        let __f6 = exports
                            .get_func(&mut store, "negate")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "negate",
                            ))?;
                        __f6.typed::<(bool,), (bool,)>()?;
                        let __f7 = exports
                            .get_func(&mut store, "next-char")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "next-char",
                            ))?;
                        __f7.typed::<(char,), (char,)>()?;
                        let __f8 = exports
                            .get_func(&mut store, "nothing")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "nothing",
                            ))?;
                        __f8.typed::<(), ()>()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest {
                            __f0,
                            __f1,
                            __f2,
                            __f3,
                            __f4,
                            __f5,
                            __f6,
                            __f7,
                            __f8,
                        })
                    }
                    /// Calls `add-u8`.
                    pub fn call_add_u8<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: u8,
                        b: u8,
                    ) -> ::wicker::Result<u8> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u8, u8),
                            (u8,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `add-s16`.
                    pub fn call_add_s16<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: i16,
                        b: i16,
                    ) -> ::wicker::Result<i16> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (i16, i16),
                            (i16,),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `add-u32`.
                    pub fn call_add_u32<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: u32,
                        b: u32,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32, u32),
                            (u32,),
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `add-s64`.
                    pub fn call_add_s64<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: i64,
                        b: i64,
                    ) -> ::wicker::Result<i64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (i64, i64),
                            (i64,),
                        >(&self.__f3);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `mul-f32`.
                    pub fn call_mul_f32<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: f32,
                        b: f32,
                    ) -> ::wicker::Result<f32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (f32, f32),
                            (f32,),
                        >(&self.__f4);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `mul-f64`.
                    pub fn call_mul_f64<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: f64,
                        b: f64,
                    ) -> ::wicker::Result<f64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (f64, f64),
                            (f64,),
                        >(&self.__f5);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `negate`.
                    pub fn call_negate<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        b: bool,
                    ) -> ::wicker::Result<bool> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (bool,),
                            (bool,),
                        >(&self.__f6);
                        let __r = __f.call(__store.as_context_mut(), (b,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `next-char`.
                    pub fn call_next_char<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        c: char,
                    ) -> ::wicker::Result<char> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (char,),
                            (char,),
                        >(&self.__f7);
                        let __r = __f.call(__store.as_context_mut(), (c,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `nothing`.
                    pub fn call_nothing<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (),
                        >(&self.__f8);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        {
                            let () = __r;
                            ::core::result::Result::Ok(())
                        }
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `primitives`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod primitives {
        /// Generated bindings: `numbers`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod numbers {
            /// The host's implementation of `fixtures:primitives/numbers`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `add-u8`.
                fn add_u8(&mut self, a: u8, b: u8) -> u8;
                /// `add-s16`.
                fn add_s16(&mut self, a: i16, b: i16) -> i16;
                /// `add-u32`.
                fn add_u32(&mut self, a: u32, b: u32) -> u32;
                /// `add-s64`.
                fn add_s64(&mut self, a: i64, b: i64) -> i64;
                /// `mul-f32`.
                fn mul_f32(&mut self, a: f32, b: f32) -> f32;
                /// `mul-f64`.
                fn mul_f64(&mut self, a: f64, b: f64) -> f64;
                /// `negate`.
                fn negate(&mut self, b: bool) -> bool;
                /// `next-char`.
                fn next_char(&mut self, c: char) -> char;
                /// `nothing`.
                fn nothing(&mut self);
            }
            /// Defines `fixtures:primitives/numbers` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:primitives/numbers")?;
                __inst
                    .func_wrap(
                        "add-u8",
                        move |mut __store, (a, b): (u8, u8)| {
                            let __r = Host::add_u8(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "add-s16",
                        move |mut __store, (a, b): (i16, i16)| {
                            let __r = Host::add_s16(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "add-u32",
                        move |mut __store, (a, b): (u32, u32)| {
                            let __r = Host::add_u32(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "add-s64",
                        move |mut __store, (a, b): (i64, i64)| {
                            let __r = Host::add_s64(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "mul-f32",
                        move |mut __store, (a, b): (f32, f32)| {
                            let __r = Host::mul_f32(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "mul-f64",
                        move |mut __store, (a, b): (f64, f64)| {
                            let __r = Host::mul_f64(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "negate",
                        move |mut __store, (b,): (bool,)| {
                            let __r = Host::negate(__get(__store.data_mut()), b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "next-char",
                        move |mut __store, (c,): (char,)| {
                            let __r = Host::next_char(__get(__store.data_mut()), c);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "nothing",
                        move |mut __store, (): ()| {
                            let __r = Host::nothing(__get(__store.data_mut()));
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
    }
}
