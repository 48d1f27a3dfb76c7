/// The exports of an instance of world `generated-names`, ready to call.
pub struct GeneratedNames {
    __f0: ::wicker::component::Func,
    __i0: exports::fixtures::generated_names::names::Guest,
    __i1: exports::new::Guest,
    __i2: exports::add_to_linker::Guest,
    __i3: exports::call_x::Guest,
    __i4: exports::foo::Guest,
    __i5: exports::i_foo::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl GeneratedNames {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<GeneratedNames> {
        let instance = linker.instantiate(&mut store, component)?;
        GeneratedNames::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<GeneratedNames> {
        let __f0 = instance
            .get_func(&mut store, "x")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("x"))?;
        __f0.typed::<(), ()>()?;
        let __i0 = exports::fixtures::generated_names::names::Guest::new(
            &mut store,
            instance,
        )?;
        let __i1 = exports::new::Guest::new(&mut store, instance)?;
        let __i2 = exports::add_to_linker::Guest::new(&mut store, instance)?;
        let __i3 = exports::call_x::Guest::new(&mut store, instance)?;
        let __i4 = exports::foo::Guest::new(&mut store, instance)?;
        let __i5 = exports::i_foo::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(GeneratedNames {
            __f0,
            __i0,
            __i1,
            __i2,
            __i3,
            __i4,
            __i5,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::generated_names::names::Host + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::generated_names::names::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `x`.
    pub fn call_x<__T: 'static>(
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
    /// The exports of `fixtures:generated-names/names`.
    pub fn fixtures_generated_names_names(
        &self,
    ) -> &exports::fixtures::generated_names::names::Guest {
        &self.__i0
    }
    /// The exports of `new`.
    pub fn new_(&self) -> &exports::new::Guest {
        &self.__i1
    }
    /// The exports of `add-to-linker`.
    pub fn add_to_linker_(&self) -> &exports::add_to_linker::Guest {
        &self.__i2
    }
    /// The exports of `call-x`.
    pub fn call_x_(&self) -> &exports::call_x::Guest {
        &self.__i3
    }
    /// The exports of `foo`.
    pub fn foo(&self) -> &exports::foo::Guest {
        &self.__i4
    }
    /// The exports of `i-foo`.
    pub fn i_foo(&self) -> &exports::i_foo::Guest {
        &self.__i5
    }
}
/// `GeneratedNames` ready to instantiate quickly: the imports are resolved.
pub struct GeneratedNamesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> GeneratedNamesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<GeneratedNames> {
        let instance = self.pre.instantiate(&mut store)?;
        GeneratedNames::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `add_to_linker`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod add_to_linker {
        /// The guest's exports of `add-to-linker`.
        pub struct Guest {
            __f0: ::wicker::component::Func,
        }
        #[allow(clippy::too_many_arguments)]
        impl Guest {
            /// Finds and checks the exports of `add-to-linker` in `instance`.
            pub fn new(
                mut store: impl ::wicker::AsContextMut,
                instance: &::wicker::component::Instance,
            ) -> ::wicker::Result<Guest> {
                let exports = instance
                    .get_instance("add-to-linker")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "add-to-linker",
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
    }
    /// Generated bindings: `call_x`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod call_x {
        /// The guest's exports of `call-x`.
        pub struct Guest {
            __f0: ::wicker::component::Func,
        }
        #[allow(clippy::too_many_arguments)]
        impl Guest {
            /// Finds and checks the exports of `call-x` in `instance`.
            pub fn new(
                mut store: impl ::wicker::AsContextMut,
                instance: &::wicker::component::Instance,
            ) -> ::wicker::Result<Guest> {
                let exports = instance
                    .get_instance("call-x")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "call-x",
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
    }
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `generated_names`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod generated_names {
            /// Generated bindings: `names`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod names {
                /// The WIT type `t`.
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
                pub struct T {
                    /// The `x` field.
                    #[component(name = "x")]
                    pub x: u32,
                }
                /// The WIT type `string`.
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
                pub struct String {
                    /// The `text` field.
                    #[component(name = "text")]
                    pub text: ::std::string::String,
                }
                /// The WIT type `option`.
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
                pub struct Option {
                    /// The `o` field.
                    #[component(name = "o")]
                    pub o: ::core::option::Option<u8>,
                }
                /// The guest's exports of `fixtures:generated-names/names`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                    __f3: ::wicker::component::Func,
                    __f4: ::wicker::component::Func,
                    __f5: ::wicker::component::Func,
                    __f6: ::wicker::component::Func,
                    __f7: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:generated-names/names` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:generated-names/names")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:generated-names/names",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "[constructor]res")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]res",
                            ))?;
                        __f0.typed::<
                                (),
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::generated_names::names::Res,
                                    >,
                                ),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "[method]res.new")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]res.new",
                            ))?;
                        __f1.typed::<
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::generated_names::names::Res,
                                    >,
                                ),
                                (u32,),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "[method]res.drop")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]res.drop",
                            ))?;
                        __f2.typed::<
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::generated_names::names::Res,
                                    >,
                                ),
                                (),
                            >()?;
                        let __f3 = exports
                            .get_func(&mut store, "[method]res.constructor")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]res.constructor",
                            ))?;
                        __f3.typed::<
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::generated_names::names::Res,
                                    >,
                                ),
                                (),
                            >()?;
                        let __f4 = exports
                            .get_func(&mut store, "[constructor]new")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]new",
                            ))?;
                        __f4.typed::<
                                (),
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::generated_names::names::New,
                                    >,
                                ),
                            >()?;
                        let __f5 = exports
                            .get_func(&mut store, "[constructor]call-f")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]call-f",
                            ))?;
                        __f5.typed::<
                                (),
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::generated_names::names::CallF,
                                    >,
                                ),
                            >()?;
                        let __f6 = exports
                            .get_func(&mut store, "f")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "f",
                            ))?;
                        __f6.typed::<
                                (
                                    super::super::super::super::fixtures::generated_names::names::T,
                                    super::super::super::super::fixtures::generated_names::names::String,
                                ),
                                (
                                    ::core::option::Option<
                                        super::super::super::super::fixtures::generated_names::names::Option,
                                    >,
                                ),
                            >()?;
                        let __f7 = exports
                            .get_func(&mut store, "drop")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "drop",
                            ))?;
                        __f7.typed::<(), ()>()?;
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
                        })
                    }
                    /// Calls `f`.
                    pub fn call_f<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: &super::super::super::super::fixtures::generated_names::names::T,
                        s: &super::super::super::super::fixtures::generated_names::names::String,
                    ) -> ::wicker::Result<
                        ::core::option::Option<
                            super::super::super::super::fixtures::generated_names::names::Option,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::generated_names::names::T,
                                &super::super::super::super::fixtures::generated_names::names::String,
                            ),
                            (
                                ::core::option::Option<
                                    super::super::super::super::fixtures::generated_names::names::Option,
                                >,
                            ),
                        >(&self.__f6);
                        let __r = __f.call(__store.as_context_mut(), (a, s))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `drop`.
                    pub fn call_drop<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (),
                        >(&self.__f7);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        {
                            let () = __r;
                            ::core::result::Result::Ok(())
                        }
                    }
                }
                /// Calls of the guest's resource `res`.
                pub struct GuestRes<'a>(&'a Guest);
                #[allow(clippy::too_many_arguments)]
                impl GuestRes<'_> {
                    /// Calls `[constructor]res`.
                    pub fn call_constructor<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        ::wicker::component::Resource<
                            super::super::super::super::fixtures::generated_names::names::Res,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::generated_names::names::Res,
                                >,
                            ),
                        >(&self.0.__f0);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[method]res.new`.
                    pub fn call_new<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: ::wicker::component::Resource<
                            super::super::super::super::fixtures::generated_names::names::Res,
                        >,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::generated_names::names::Res,
                                >,
                            ),
                            (u32,),
                        >(&self.0.__f1);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[method]res.drop`.
                    pub fn call_drop<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: ::wicker::component::Resource<
                            super::super::super::super::fixtures::generated_names::names::Res,
                        >,
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::generated_names::names::Res,
                                >,
                            ),
                            (),
                        >(&self.0.__f2);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        {
                            let () = __r;
                            ::core::result::Result::Ok(())
                        }
                    }
                    /// Calls `[method]res.constructor`.
                    pub fn call_constructor_<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: ::wicker::component::Resource<
                            super::super::super::super::fixtures::generated_names::names::Res,
                        >,
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::generated_names::names::Res,
                                >,
                            ),
                            (),
                        >(&self.0.__f3);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        {
                            let () = __r;
                            ::core::result::Result::Ok(())
                        }
                    }
                }
                impl Guest {
                    /// The calls of resource `res`.
                    pub fn res(&self) -> GuestRes<'_> {
                        GuestRes(self)
                    }
                }
                /// Calls of the guest's resource `new`.
                pub struct GuestNew<'a>(&'a Guest);
                #[allow(clippy::too_many_arguments)]
                impl GuestNew<'_> {
                    /// Calls `[constructor]new`.
                    pub fn call_constructor<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        ::wicker::component::Resource<
                            super::super::super::super::fixtures::generated_names::names::New,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::generated_names::names::New,
                                >,
                            ),
                        >(&self.0.__f4);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
                impl Guest {
                    /// The calls of resource `new`.
                    pub fn new_(&self) -> GuestNew<'_> {
                        GuestNew(self)
                    }
                }
                /// Calls of the guest's resource `call-f`.
                pub struct GuestCallF<'a>(&'a Guest);
                #[allow(clippy::too_many_arguments)]
                impl GuestCallF<'_> {
                    /// Calls `[constructor]call-f`.
                    pub fn call_constructor<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        ::wicker::component::Resource<
                            super::super::super::super::fixtures::generated_names::names::CallF,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::generated_names::names::CallF,
                                >,
                            ),
                        >(&self.0.__f5);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
                impl Guest {
                    /// The calls of resource `call-f`.
                    pub fn call_f_(&self) -> GuestCallF<'_> {
                        GuestCallF(self)
                    }
                }
            }
        }
    }
    /// Generated bindings: `foo`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod foo {
        /// The guest's exports of `foo`.
        pub struct Guest {
            __f0: ::wicker::component::Func,
        }
        #[allow(clippy::too_many_arguments)]
        impl Guest {
            /// Finds and checks the exports of `foo` in `instance`.
            pub fn new(
                mut store: impl ::wicker::AsContextMut,
                instance: &::wicker::component::Instance,
            ) -> ::wicker::Result<Guest> {
                let exports = instance
                    .get_instance("foo")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "foo",
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
    }
    /// Generated bindings: `i_foo`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod i_foo {
        /// The guest's exports of `i-foo`.
        pub struct Guest {
            __f0: ::wicker::component::Func,
        }
        #[allow(clippy::too_many_arguments)]
        impl Guest {
            /// Finds and checks the exports of `i-foo` in `instance`.
            pub fn new(
                mut store: impl ::wicker::AsContextMut,
                instance: &::wicker::component::Instance,
            ) -> ::wicker::Result<Guest> {
                let exports = instance
                    .get_instance("i-foo")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "i-foo",
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
    }
    /// Generated bindings: `new`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod new {
        /// The guest's exports of `new`.
        pub struct Guest {
            __f0: ::wicker::component::Func,
        }
        #[allow(clippy::too_many_arguments)]
        impl Guest {
            /// Finds and checks the exports of `new` in `instance`.
            pub fn new(
                mut store: impl ::wicker::AsContextMut,
                instance: &::wicker::component::Instance,
            ) -> ::wicker::Result<Guest> {
                let exports = instance
                    .get_instance("new")
                    .ok_or_else(|| ::wicker::component::__internal::missing_export(
                        "new",
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
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `generated_names`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod generated_names {
        /// Generated bindings: `names`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod names {
            /// The WIT type `t`.
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
            pub struct T {
                /// The `x` field.
                #[component(name = "x")]
                pub x: u32,
            }
            /// The WIT type `string`.
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
            pub struct String {
                /// The `text` field.
                #[component(name = "text")]
                pub text: ::std::string::String,
            }
            /// The WIT type `option`.
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
            pub struct Option {
                /// The `o` field.
                #[component(name = "o")]
                pub o: ::core::option::Option<u8>,
            }
            /// The WIT type `res`.
            /// The host's `res` resource: handles are `Resource<Res>`.
            pub enum Res {}
            /// The WIT type `new`.
            /// The host's `new` resource: handles are `Resource<New>`.
            pub enum New {}
            /// The WIT type `call-f`.
            /// The host's `call-f` resource: handles are `Resource<CallF>`.
            pub enum CallF {}
            /// The host's implementation of resource `res`.
            #[allow(clippy::too_many_arguments)]
            pub trait HostRes {
                /// `[constructor]res`.
                fn new(&mut self) -> ::wicker::component::Resource<Res>;
                /// `[method]res.new`.
                fn new_(&mut self, self_: ::wicker::component::Resource<Res>) -> u32;
                /// `[method]res.drop`.
                fn drop_(&mut self, self_: ::wicker::component::Resource<Res>);
                /// `[method]res.constructor`.
                fn constructor(&mut self, self_: ::wicker::component::Resource<Res>);
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<Res>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of resource `new`.
            #[allow(clippy::too_many_arguments)]
            pub trait HostNew {
                /// `[constructor]new`.
                fn new(&mut self) -> ::wicker::component::Resource<New>;
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<New>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of resource `call-f`.
            #[allow(clippy::too_many_arguments)]
            pub trait HostCallF {
                /// `[constructor]call-f`.
                fn new(&mut self) -> ::wicker::component::Resource<CallF>;
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<CallF>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of `fixtures:generated-names/names`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host: HostRes + HostNew + HostCallF {
                /// `f`.
                fn f(&mut self, a: T, s: String) -> ::core::option::Option<Option>;
                /// `drop`.
                fn drop(&mut self);
            }
            /// Defines `fixtures:generated-names/names` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:generated-names/names")?;
                __inst
                    .resource::<
                        Res,
                    >(
                        "res",
                        move |mut __store, __rep| {
                            HostRes::drop(
                                __get(__store.data_mut()),
                                ::wicker::component::Resource::new_own(__rep),
                            )
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[constructor]res",
                        move |mut __store, (): ()| {
                            let __r = HostRes::new(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]res.new",
                        move |
                            mut __store,
                            (self_,): (::wicker::component::Resource<Res>,)|
                        {
                            let __r = HostRes::new_(__get(__store.data_mut()), self_);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]res.drop",
                        move |
                            mut __store,
                            (self_,): (::wicker::component::Resource<Res>,)|
                        {
                            let __r = HostRes::drop_(__get(__store.data_mut()), self_);
                            {
                                let _ = __r;
                                ::core::result::Result::Ok(())
                            }
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]res.constructor",
                        move |
                            mut __store,
                            (self_,): (::wicker::component::Resource<Res>,)|
                        {
                            let __r = HostRes::constructor(
                                __get(__store.data_mut()),
                                self_,
                            );
                            {
                                let _ = __r;
                                ::core::result::Result::Ok(())
                            }
                        },
                    )?;
                __inst
                    .resource::<
                        New,
                    >(
                        "new",
                        move |mut __store, __rep| {
                            HostNew::drop(
                                __get(__store.data_mut()),
                                ::wicker::component::Resource::new_own(__rep),
                            )
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[constructor]new",
                        move |mut __store, (): ()| {
                            let __r = HostNew::new(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .resource::<
                        CallF,
                    >(
                        "call-f",
                        move |mut __store, __rep| {
                            HostCallF::drop(
                                __get(__store.data_mut()),
                                ::wicker::component::Resource::new_own(__rep),
                            )
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[constructor]call-f",
                        move |mut __store, (): ()| {
                            let __r = HostCallF::new(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "f",
                        move |mut __store, (a, s): (T, String)| {
                            let __r = Host::f(__get(__store.data_mut()), a, s);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "drop",
                        move |mut __store, (): ()| {
                            let __r = Host::drop(__get(__store.data_mut()));
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
