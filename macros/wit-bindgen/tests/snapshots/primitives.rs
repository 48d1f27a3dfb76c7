/// The exports of an instance of world `primitives`, ready to call.
pub struct Primitives {
    i_fixtures_primitives_numbers: exports::fixtures::primitives::numbers::Guest,
}
impl Primitives {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Primitives> {
        let instance = linker.instantiate(&mut store, component)?;
        Primitives::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Primitives> {
        let i_fixtures_primitives_numbers = exports::fixtures::primitives::numbers::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Primitives {
            i_fixtures_primitives_numbers,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::primitives::numbers::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::primitives::numbers::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:primitives/numbers`.
    pub fn fixtures_primitives_numbers(
        &self,
    ) -> &exports::fixtures::primitives::numbers::Guest {
        &self.i_fixtures_primitives_numbers
    }
}
/// `Primitives` ready to instantiate quickly: the imports are resolved.
pub struct PrimitivesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> PrimitivesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(PrimitivesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Primitives> {
        let instance = self.pre.instantiate(&mut store)?;
        Primitives::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `primitives`.
        #[allow(dead_code, clippy::all)]
        pub mod primitives {
            /// Generated bindings: `numbers`.
            #[allow(dead_code, clippy::all)]
            pub mod numbers {
                /// The guest's exports of `fixtures:primitives/numbers`.
                pub struct Guest {
                    f_add_u8: ::wicker::component::Func,
                    f_add_s16: ::wicker::component::Func,
                    f_add_u32: ::wicker::component::Func,
                    f_add_s64: ::wicker::component::Func,
                    f_mul_f32: ::wicker::component::Func,
                    f_mul_f64: ::wicker::component::Func,
                    f_negate: ::wicker::component::Func,
                    f_next_char: ::wicker::component::Func,
                    f_nothing: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "add-u8")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "add-u8",
                            ))?;
                        func.typed::<(u8, u8), (u8,)>()?;
                        let f_add_u8 = func;
                        let func = exports
                            .get_func(&mut store, "add-s16")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "add-s16",
                            ))?;
                        func.typed::<(i16, i16), (i16,)>()?;
                        let f_add_s16 = func;
                        let func = exports
                            .get_func(&mut store, "add-u32")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "add-u32",
                            ))?;
                        func.typed::<(u32, u32), (u32,)>()?;
                        let f_add_u32 = func;
                        let func = exports
                            .get_func(&mut store, "add-s64")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "add-s64",
                            ))?;
                        func.typed::<(i64, i64), (i64,)>()?;
                        let f_add_s64 = func;
                        let func = exports
                            .get_func(&mut store, "mul-f32")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "mul-f32",
                            ))?;
                        func.typed::<(f32, f32), (f32,)>()?;
                        let f_mul_f32 = func;
                        let func = exports
                            .get_func(&mut store, "mul-f64")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "mul-f64",
                            ))?;
                        func.typed::<(f64, f64), (f64,)>()?;
                        let f_mul_f64 = func;
                        let func = exports
                            .get_func(&mut store, "negate")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "negate",
                            ))?;
                        func.typed::<(bool,), (bool,)>()?;
                        let f_negate = func;
                        let func = exports
                            .get_func(&mut store, "next-char")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "next-char",
                            ))?;
                        func.typed::<(char,), (char,)>()?;
                        let f_next_char = func;
                        let func = exports
                            .get_func(&mut store, "nothing")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "nothing",
                            ))?;
                        func.typed::<(), ()>()?;
                        let f_nothing = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f_add_u8,
                            f_add_s16,
                            f_add_u32,
                            f_add_s64,
                            f_mul_f32,
                            f_mul_f64,
                            f_negate,
                            f_next_char,
                            f_nothing,
                        })
                    }
                    /// Calls `add-u8`.
                    pub fn call_add_u8<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: u8,
                        b: u8,
                    ) -> ::wicker::Result<u8> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u8, u8),
                            (u8,),
                        >(&self.f_add_u8);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        Ok(__r.0)
                    }
                    /// Calls `add-s16`.
                    pub fn call_add_s16<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: i16,
                        b: i16,
                    ) -> ::wicker::Result<i16> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (i16, i16),
                            (i16,),
                        >(&self.f_add_s16);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        Ok(__r.0)
                    }
                    /// Calls `add-u32`.
                    pub fn call_add_u32<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: u32,
                        b: u32,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32, u32),
                            (u32,),
                        >(&self.f_add_u32);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        Ok(__r.0)
                    }
                    /// Calls `add-s64`.
                    pub fn call_add_s64<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: i64,
                        b: i64,
                    ) -> ::wicker::Result<i64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (i64, i64),
                            (i64,),
                        >(&self.f_add_s64);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        Ok(__r.0)
                    }
                    /// Calls `mul-f32`.
                    pub fn call_mul_f32<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: f32,
                        b: f32,
                    ) -> ::wicker::Result<f32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (f32, f32),
                            (f32,),
                        >(&self.f_mul_f32);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        Ok(__r.0)
                    }
                    /// Calls `mul-f64`.
                    pub fn call_mul_f64<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: f64,
                        b: f64,
                    ) -> ::wicker::Result<f64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (f64, f64),
                            (f64,),
                        >(&self.f_mul_f64);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        Ok(__r.0)
                    }
                    /// Calls `negate`.
                    pub fn call_negate<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        b: bool,
                    ) -> ::wicker::Result<bool> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (bool,),
                            (bool,),
                        >(&self.f_negate);
                        let __r = __f.call(__store.as_context_mut(), (b,))?;
                        Ok(__r.0)
                    }
                    /// Calls `next-char`.
                    pub fn call_next_char<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        c: char,
                    ) -> ::wicker::Result<char> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (char,),
                            (char,),
                        >(&self.f_next_char);
                        let __r = __f.call(__store.as_context_mut(), (c,))?;
                        Ok(__r.0)
                    }
                    /// Calls `nothing`.
                    pub fn call_nothing<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (),
                        >(&self.f_nothing);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        {
                            let () = __r;
                            Ok(())
                        }
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `primitives`.
    #[allow(dead_code, clippy::all)]
    pub mod primitives {
        /// Generated bindings: `numbers`.
        #[allow(dead_code, clippy::all)]
        pub mod numbers {
            /// The host's implementation of `fixtures:primitives/numbers`.
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
            /// Defines `fixtures:primitives/numbers` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:primitives/numbers")?;
                __inst
                    .func_wrap(
                        "add-u8",
                        move |mut __store, (a, b): (u8, u8)| {
                            let __r = Host::add_u8(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "add-s16",
                        move |mut __store, (a, b): (i16, i16)| {
                            let __r = Host::add_s16(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "add-u32",
                        move |mut __store, (a, b): (u32, u32)| {
                            let __r = Host::add_u32(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "add-s64",
                        move |mut __store, (a, b): (i64, i64)| {
                            let __r = Host::add_s64(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "mul-f32",
                        move |mut __store, (a, b): (f32, f32)| {
                            let __r = Host::mul_f32(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "mul-f64",
                        move |mut __store, (a, b): (f64, f64)| {
                            let __r = Host::mul_f64(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "negate",
                        move |mut __store, (b,): (bool,)| {
                            let __r = Host::negate(__get(__store.data_mut()), b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "next-char",
                        move |mut __store, (c,): (char,)| {
                            let __r = Host::next_char(__get(__store.data_mut()), c);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "nothing",
                        move |mut __store, (): ()| {
                            let __r = Host::nothing(__get(__store.data_mut()));
                            {
                                let _ = __r;
                                Ok(())
                            }
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
