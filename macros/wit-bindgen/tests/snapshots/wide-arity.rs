/// The host's implementation of the functions `wide-arity` imports.
#[allow(clippy::too_many_arguments)]
pub trait WideArityImports {
    /// `sixteen`.
    fn sixteen(
        &mut self,
        a1: u32,
        a2: u32,
        a3: u32,
        a4: u32,
        a5: u32,
        a6: u32,
        a7: u32,
        a8: u32,
        a9: u32,
        a10: u32,
        a11: u32,
        a12: u32,
        a13: u32,
        a14: u32,
        a15: u32,
        a16: u32,
    );
}
/// The exports of an instance of world `wide-arity`, ready to call.
pub struct WideArity {
    __f0: ::wicker::component::Func,
    __i0: exports::fixtures::wide_arity::wide::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl WideArity {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<WideArity> {
        let instance = linker.instantiate(&mut store, component)?;
        WideArity::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<WideArity> {
        let __f0 = instance
            .get_func(&mut store, "forty")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("forty"))?;
        __f0.typed::<
                __wicker::Tuple40<
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                >,
                (
                    (
                        u8,
                        u16,
                        u32,
                        u64,
                        i8,
                        i16,
                        i32,
                        i64,
                        f32,
                        f64,
                        char,
                        ::std::string::String,
                    ),
                ),
            >()?;
        let __i0 = exports::fixtures::wide_arity::wide::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(WideArity { __f0, __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::wide_arity::wide::Host + WideArityImports + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::wide_arity::wide::add_to_linker(linker, get)?;
        let __get = get;
        let mut __inst = linker.root();
        __inst
            .func_wrap(
                "sixteen",
                move |
                    mut __store,
                    (
                        a1,
                        a2,
                        a3,
                        a4,
                        a5,
                        a6,
                        a7,
                        a8,
                        a9,
                        a10,
                        a11,
                        a12,
                        a13,
                        a14,
                        a15,
                        a16,
                    ): (
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                        u32,
                    )|
                {
                    let __r = WideArityImports::sixteen(
                        __get(__store.data_mut()),
                        a1,
                        a2,
                        a3,
                        a4,
                        a5,
                        a6,
                        a7,
                        a8,
                        a9,
                        a10,
                        a11,
                        a12,
                        a13,
                        a14,
                        a15,
                        a16,
                    );
                    {
                        let _ = __r;
                        ::core::result::Result::Ok(())
                    }
                },
            )?;
        let _ = &mut __inst;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `forty`.
    pub fn call_forty<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
        p1: u8,
        p2: u8,
        p3: u8,
        p4: u8,
        p5: u8,
        p6: u8,
        p7: u8,
        p8: u8,
        p9: u8,
        p10: u8,
        p11: u8,
        p12: u8,
        p13: u8,
        p14: u8,
        p15: u8,
        p16: u8,
        p17: u8,
        p18: u8,
        p19: u8,
        p20: u8,
        p21: u8,
        p22: u8,
        p23: u8,
        p24: u8,
        p25: u8,
        p26: u8,
        p27: u8,
        p28: u8,
        p29: u8,
        p30: u8,
        p31: u8,
        p32: u8,
        p33: u8,
        p34: u8,
        p35: u8,
        p36: u8,
        p37: u8,
        p38: u8,
        p39: u8,
        p40: u8,
    ) -> ::wicker::Result<
        (u8, u16, u32, u64, i8, i16, i32, i64, f32, f64, char, ::std::string::String),
    > {
        let __f = ::wicker::component::__internal::typed_func::<
            __wicker::Tuple40<
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
                u8,
            >,
            (
                (
                    u8,
                    u16,
                    u32,
                    u64,
                    i8,
                    i16,
                    i32,
                    i64,
                    f32,
                    f64,
                    char,
                    ::std::string::String,
                ),
            ),
        >(&self.__f0);
        let __r = __f
            .call(
                __store.as_context_mut(),
                __wicker::Tuple40(
                    p1,
                    p2,
                    p3,
                    p4,
                    p5,
                    p6,
                    p7,
                    p8,
                    p9,
                    p10,
                    p11,
                    p12,
                    p13,
                    p14,
                    p15,
                    p16,
                    p17,
                    p18,
                    p19,
                    p20,
                    p21,
                    p22,
                    p23,
                    p24,
                    p25,
                    p26,
                    p27,
                    p28,
                    p29,
                    p30,
                    p31,
                    p32,
                    p33,
                    p34,
                    p35,
                    p36,
                    p37,
                    p38,
                    p39,
                    p40,
                ),
            )?;
        ::core::result::Result::Ok(__r.0)
    }
    /// The exports of `fixtures:wide-arity/wide`.
    pub fn fixtures_wide_arity_wide(
        &self,
    ) -> &exports::fixtures::wide_arity::wide::Guest {
        &self.__i0
    }
}
/// `WideArity` ready to instantiate quickly: the imports are resolved.
pub struct WideArityPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> WideArityPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<WideArity> {
        let instance = self.pre.instantiate(&mut store)?;
        WideArity::new(store, &instance)
    }
}
/// Generated bindings: `__wicker`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod __wicker {
    /// A WIT tuple (or parameter list) of 13 values.
    #[derive(
        ::wicker::component::ComponentType,
        ::wicker::component::Lift,
        ::wicker::component::Lower,
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq
    )]
    #[component(tuple)]
    #[component(wicker = "::wicker")]
    pub struct Tuple13<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>(
        pub T0,
        pub T1,
        pub T2,
        pub T3,
        pub T4,
        pub T5,
        pub T6,
        pub T7,
        pub T8,
        pub T9,
        pub T10,
        pub T11,
        pub T12,
    );
    /// A WIT tuple (or parameter list) of 40 values.
    #[derive(
        ::wicker::component::ComponentType,
        ::wicker::component::Lift,
        ::wicker::component::Lower,
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::cmp::PartialEq
    )]
    #[component(tuple)]
    #[component(wicker = "::wicker")]
    pub struct Tuple40<
        T0,
        T1,
        T2,
        T3,
        T4,
        T5,
        T6,
        T7,
        T8,
        T9,
        T10,
        T11,
        T12,
        T13,
        T14,
        T15,
        T16,
        T17,
        T18,
        T19,
        T20,
        T21,
        T22,
        T23,
        T24,
        T25,
        T26,
        T27,
        T28,
        T29,
        T30,
        T31,
        T32,
        T33,
        T34,
        T35,
        T36,
        T37,
        T38,
        T39,
    >(
        pub T0,
        pub T1,
        pub T2,
        pub T3,
        pub T4,
        pub T5,
        pub T6,
        pub T7,
        pub T8,
        pub T9,
        pub T10,
        pub T11,
        pub T12,
        pub T13,
        pub T14,
        pub T15,
        pub T16,
        pub T17,
        pub T18,
        pub T19,
        pub T20,
        pub T21,
        pub T22,
        pub T23,
        pub T24,
        pub T25,
        pub T26,
        pub T27,
        pub T28,
        pub T29,
        pub T30,
        pub T31,
        pub T32,
        pub T33,
        pub T34,
        pub T35,
        pub T36,
        pub T37,
        pub T38,
        pub T39,
    );
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `wide_arity`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod wide_arity {
            /// Generated bindings: `wide`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod wide {
                /// Thirteen fields: past std's derives, so a generated tuple struct.
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
                pub struct Holder {
                    /// The `t` field.
                    #[component(name = "t")]
                    pub t: super::super::super::super::__wicker::Tuple13<
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                        u8,
                    >,
                }
                /// The guest's exports of `fixtures:wide-arity/wide`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                    __f3: ::wicker::component::Func,
                    __f4: ::wicker::component::Func,
                    __f5: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:wide-arity/wide` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:wide-arity/wide")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:wide-arity/wide",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "[constructor]counter")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]counter",
                            ))?;
                        __f0.typed::<
                                (
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                ),
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::wide_arity::wide::Counter,
                                    >,
                                ),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "[method]counter.add")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]counter.add",
                            ))?;
                        __f1.typed::<
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::wide_arity::wide::Counter,
                                    >,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                ),
                                (u64,),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "sixteen")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "sixteen",
                            ))?;
                        __f2.typed::<
                                (
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                    u32,
                                ),
                                (u32,),
                            >()?;
                        let __f3 = exports
                            .get_func(&mut store, "twelve")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "twelve",
                            ))?;
                        __f3.typed::<
                                (),
                                (
                                    (
                                        u8,
                                        u16,
                                        u32,
                                        u64,
                                        i8,
                                        i16,
                                        i32,
                                        i64,
                                        f32,
                                        f64,
                                        char,
                                        ::std::string::String,
                                    ),
                                ),
                            >()?;
                        let __f4 = exports
                            .get_func(&mut store, "thirteen")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "thirteen",
                            ))?;
                        __f4.typed::<
                                (
                                    super::super::super::super::fixtures::wide_arity::wide::Holder,
                                ),
                                (
                                    super::super::super::super::__wicker::Tuple13<
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                        u8,
                                    >,
                                ),
                            >()?;
                        let __f5 = exports
                            .get_func(&mut store, "forty")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "forty",
                            ))?;
                        __f5.typed::<
                                super::super::super::super::__wicker::Tuple40<
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                >,
                                (u8,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest {
                            __f0,
                            __f1,
                            __f2,
                            __f3,
                            __f4,
                            __f5,
                        })
                    }
                    /// Calls `sixteen`.
                    pub fn call_sixteen<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a1: u32,
                        a2: u32,
                        a3: u32,
                        a4: u32,
                        a5: u32,
                        a6: u32,
                        a7: u32,
                        a8: u32,
                        a9: u32,
                        a10: u32,
                        a11: u32,
                        a12: u32,
                        a13: u32,
                        a14: u32,
                        a15: u32,
                        a16: u32,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                            ),
                            (u32,),
                        >(&self.__f2);
                        let __r = __f
                            .call(
                                __store.as_context_mut(),
                                (
                                    a1,
                                    a2,
                                    a3,
                                    a4,
                                    a5,
                                    a6,
                                    a7,
                                    a8,
                                    a9,
                                    a10,
                                    a11,
                                    a12,
                                    a13,
                                    a14,
                                    a15,
                                    a16,
                                ),
                            )?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `twelve`.
                    pub fn call_twelve<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        (
                            u8,
                            u16,
                            u32,
                            u64,
                            i8,
                            i16,
                            i32,
                            i64,
                            f32,
                            f64,
                            char,
                            ::std::string::String,
                        ),
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (
                                (
                                    u8,
                                    u16,
                                    u32,
                                    u64,
                                    i8,
                                    i16,
                                    i32,
                                    i64,
                                    f32,
                                    f64,
                                    char,
                                    ::std::string::String,
                                ),
                            ),
                        >(&self.__f3);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `thirteen`.
                    pub fn call_thirteen<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        h: &super::super::super::super::fixtures::wide_arity::wide::Holder,
                    ) -> ::wicker::Result<
                        super::super::super::super::__wicker::Tuple13<
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                            u8,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::wide_arity::wide::Holder,
                            ),
                            (
                                super::super::super::super::__wicker::Tuple13<
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                    u8,
                                >,
                            ),
                        >(&self.__f4);
                        let __r = __f.call(__store.as_context_mut(), (h,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `forty`.
                    pub fn call_forty<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        p1: u8,
                        p2: u8,
                        p3: u8,
                        p4: u8,
                        p5: u8,
                        p6: u8,
                        p7: u8,
                        p8: u8,
                        p9: u8,
                        p10: u8,
                        p11: u8,
                        p12: u8,
                        p13: u8,
                        p14: u8,
                        p15: u8,
                        p16: u8,
                        p17: u8,
                        p18: u8,
                        p19: u8,
                        p20: u8,
                        p21: u8,
                        p22: u8,
                        p23: u8,
                        p24: u8,
                        p25: u8,
                        p26: u8,
                        p27: u8,
                        p28: u8,
                        p29: u8,
                        p30: u8,
                        p31: u8,
                        p32: u8,
                        p33: u8,
                        p34: u8,
                        p35: u8,
                        p36: u8,
                        p37: u8,
                        p38: u8,
                        p39: u8,
                        p40: u8,
                    ) -> ::wicker::Result<u8> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            super::super::super::super::__wicker::Tuple40<
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                            >,
                            (u8,),
                        >(&self.__f5);
                        let __r = __f
                            .call(
                                __store.as_context_mut(),
                                super::super::super::super::__wicker::Tuple40(
                                    p1,
                                    p2,
                                    p3,
                                    p4,
                                    p5,
                                    p6,
                                    p7,
                                    p8,
                                    p9,
                                    p10,
                                    p11,
                                    p12,
                                    p13,
                                    p14,
                                    p15,
                                    p16,
                                    p17,
                                    p18,
                                    p19,
                                    p20,
                                    p21,
                                    p22,
                                    p23,
                                    p24,
                                    p25,
                                    p26,
                                    p27,
                                    p28,
                                    p29,
                                    p30,
                                    p31,
                                    p32,
                                    p33,
                                    p34,
                                    p35,
                                    p36,
                                    p37,
                                    p38,
                                    p39,
                                    p40,
                                ),
                            )?;
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
                        a1: u32,
                        a2: u32,
                        a3: u32,
                        a4: u32,
                        a5: u32,
                        a6: u32,
                        a7: u32,
                        a8: u32,
                        a9: u32,
                        a10: u32,
                        a11: u32,
                        a12: u32,
                        a13: u32,
                        a14: u32,
                        a15: u32,
                        a16: u32,
                    ) -> ::wicker::Result<
                        ::wicker::component::Resource<
                            super::super::super::super::fixtures::wide_arity::wide::Counter,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                            ),
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::wide_arity::wide::Counter,
                                >,
                            ),
                        >(&self.0.__f0);
                        let __r = __f
                            .call(
                                __store.as_context_mut(),
                                (
                                    a1,
                                    a2,
                                    a3,
                                    a4,
                                    a5,
                                    a6,
                                    a7,
                                    a8,
                                    a9,
                                    a10,
                                    a11,
                                    a12,
                                    a13,
                                    a14,
                                    a15,
                                    a16,
                                ),
                            )?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[method]counter.add`.
                    pub fn call_add<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: ::wicker::component::Resource<
                            super::super::super::super::fixtures::wide_arity::wide::Counter,
                        >,
                        a1: u32,
                        a2: u32,
                        a3: u32,
                        a4: u32,
                        a5: u32,
                        a6: u32,
                        a7: u32,
                        a8: u32,
                        a9: u32,
                        a10: u32,
                        a11: u32,
                        a12: u32,
                        a13: u32,
                        a14: u32,
                        a15: u32,
                        a16: u32,
                    ) -> ::wicker::Result<u64> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::wide_arity::wide::Counter,
                                >,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                            ),
                            (u64,),
                        >(&self.0.__f1);
                        let __r = __f
                            .call(
                                __store.as_context_mut(),
                                (
                                    self_,
                                    a1,
                                    a2,
                                    a3,
                                    a4,
                                    a5,
                                    a6,
                                    a7,
                                    a8,
                                    a9,
                                    a10,
                                    a11,
                                    a12,
                                    a13,
                                    a14,
                                    a15,
                                    a16,
                                ),
                            )?;
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
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `wide_arity`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod wide_arity {
        /// Generated bindings: `wide`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod wide {
            /// Thirteen fields: past std's derives, so a generated tuple struct.
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
            pub struct Holder {
                /// The `t` field.
                #[component(name = "t")]
                pub t: super::super::super::__wicker::Tuple13<
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                >,
            }
            /// The WIT type `counter`.
            /// The host's `counter` resource: handles are `Resource<Counter>`.
            pub enum Counter {}
            /// The host's implementation of resource `counter`.
            #[allow(clippy::too_many_arguments)]
            pub trait HostCounter {
                /// `[constructor]counter`.
                fn new(
                    &mut self,
                    a1: u32,
                    a2: u32,
                    a3: u32,
                    a4: u32,
                    a5: u32,
                    a6: u32,
                    a7: u32,
                    a8: u32,
                    a9: u32,
                    a10: u32,
                    a11: u32,
                    a12: u32,
                    a13: u32,
                    a14: u32,
                    a15: u32,
                    a16: u32,
                ) -> ::wicker::component::Resource<Counter>;
                /// `[method]counter.add`.
                fn add(
                    &mut self,
                    self_: ::wicker::component::Resource<Counter>,
                    a1: u32,
                    a2: u32,
                    a3: u32,
                    a4: u32,
                    a5: u32,
                    a6: u32,
                    a7: u32,
                    a8: u32,
                    a9: u32,
                    a10: u32,
                    a11: u32,
                    a12: u32,
                    a13: u32,
                    a14: u32,
                    a15: u32,
                    a16: u32,
                ) -> u64;
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<Counter>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of `fixtures:wide-arity/wide`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host: HostCounter {
                /// `sixteen`.
                fn sixteen(
                    &mut self,
                    a1: u32,
                    a2: u32,
                    a3: u32,
                    a4: u32,
                    a5: u32,
                    a6: u32,
                    a7: u32,
                    a8: u32,
                    a9: u32,
                    a10: u32,
                    a11: u32,
                    a12: u32,
                    a13: u32,
                    a14: u32,
                    a15: u32,
                    a16: u32,
                ) -> u32;
                /// `twelve`.
                fn twelve(
                    &mut self,
                ) -> (
                    u8,
                    u16,
                    u32,
                    u64,
                    i8,
                    i16,
                    i32,
                    i64,
                    f32,
                    f64,
                    char,
                    ::std::string::String,
                );
                /// `thirteen`.
                fn thirteen(
                    &mut self,
                    h: Holder,
                ) -> super::super::super::__wicker::Tuple13<
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                    u8,
                >;
                /// Forty parameters: past the runtime's tuple impls, so a generated tuple struct.
                fn forty(
                    &mut self,
                    p1: u8,
                    p2: u8,
                    p3: u8,
                    p4: u8,
                    p5: u8,
                    p6: u8,
                    p7: u8,
                    p8: u8,
                    p9: u8,
                    p10: u8,
                    p11: u8,
                    p12: u8,
                    p13: u8,
                    p14: u8,
                    p15: u8,
                    p16: u8,
                    p17: u8,
                    p18: u8,
                    p19: u8,
                    p20: u8,
                    p21: u8,
                    p22: u8,
                    p23: u8,
                    p24: u8,
                    p25: u8,
                    p26: u8,
                    p27: u8,
                    p28: u8,
                    p29: u8,
                    p30: u8,
                    p31: u8,
                    p32: u8,
                    p33: u8,
                    p34: u8,
                    p35: u8,
                    p36: u8,
                    p37: u8,
                    p38: u8,
                    p39: u8,
                    p40: u8,
                ) -> u8;
            }
            /// Defines `fixtures:wide-arity/wide` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:wide-arity/wide")?;
                __inst
                    .resource::<
                        Counter,
                    >(
                        "counter",
                        move |mut __store, __rep| {
                            HostCounter::drop(
                                __get(__store.data_mut()),
                                ::wicker::component::Resource::new_own(__rep),
                            )
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[constructor]counter",
                        move |
                            mut __store,
                            (
                                a1,
                                a2,
                                a3,
                                a4,
                                a5,
                                a6,
                                a7,
                                a8,
                                a9,
                                a10,
                                a11,
                                a12,
                                a13,
                                a14,
                                a15,
                                a16,
                            ): (
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                            )|
                        {
                            let __r = HostCounter::new(
                                __get(__store.data_mut()),
                                a1,
                                a2,
                                a3,
                                a4,
                                a5,
                                a6,
                                a7,
                                a8,
                                a9,
                                a10,
                                a11,
                                a12,
                                a13,
                                a14,
                                a15,
                                a16,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]counter.add",
                        move |
                            mut __store,
                            (
                                self_,
                                a1,
                                a2,
                                a3,
                                a4,
                                a5,
                                a6,
                                a7,
                                a8,
                                a9,
                                a10,
                                a11,
                                a12,
                                a13,
                                a14,
                                a15,
                                a16,
                            ): (
                                ::wicker::component::Resource<Counter>,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                            )|
                        {
                            let __r = HostCounter::add(
                                __get(__store.data_mut()),
                                self_,
                                a1,
                                a2,
                                a3,
                                a4,
                                a5,
                                a6,
                                a7,
                                a8,
                                a9,
                                a10,
                                a11,
                                a12,
                                a13,
                                a14,
                                a15,
                                a16,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "sixteen",
                        move |
                            mut __store,
                            (
                                a1,
                                a2,
                                a3,
                                a4,
                                a5,
                                a6,
                                a7,
                                a8,
                                a9,
                                a10,
                                a11,
                                a12,
                                a13,
                                a14,
                                a15,
                                a16,
                            ): (
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                                u32,
                            )|
                        {
                            let __r = Host::sixteen(
                                __get(__store.data_mut()),
                                a1,
                                a2,
                                a3,
                                a4,
                                a5,
                                a6,
                                a7,
                                a8,
                                a9,
                                a10,
                                a11,
                                a12,
                                a13,
                                a14,
                                a15,
                                a16,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "twelve",
                        move |mut __store, (): ()| {
                            let __r = Host::twelve(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "thirteen",
                        move |mut __store, (h,): (Holder,)| {
                            let __r = Host::thirteen(__get(__store.data_mut()), h);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "forty",
                        move |
                            mut __store,
                            super::super::super::__wicker::Tuple40(
                                p1,
                                p2,
                                p3,
                                p4,
                                p5,
                                p6,
                                p7,
                                p8,
                                p9,
                                p10,
                                p11,
                                p12,
                                p13,
                                p14,
                                p15,
                                p16,
                                p17,
                                p18,
                                p19,
                                p20,
                                p21,
                                p22,
                                p23,
                                p24,
                                p25,
                                p26,
                                p27,
                                p28,
                                p29,
                                p30,
                                p31,
                                p32,
                                p33,
                                p34,
                                p35,
                                p36,
                                p37,
                                p38,
                                p39,
                                p40,
                            ): super::super::super::__wicker::Tuple40<
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                                u8,
                            >|
                        {
                            let __r = Host::forty(
                                __get(__store.data_mut()),
                                p1,
                                p2,
                                p3,
                                p4,
                                p5,
                                p6,
                                p7,
                                p8,
                                p9,
                                p10,
                                p11,
                                p12,
                                p13,
                                p14,
                                p15,
                                p16,
                                p17,
                                p18,
                                p19,
                                p20,
                                p21,
                                p22,
                                p23,
                                p24,
                                p25,
                                p26,
                                p27,
                                p28,
                                p29,
                                p30,
                                p31,
                                p32,
                                p33,
                                p34,
                                p35,
                                p36,
                                p37,
                                p38,
                                p39,
                                p40,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
