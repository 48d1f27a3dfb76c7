/// The exports of an instance of world `enums`, ready to call.
pub struct Enums {
    __i0: exports::fixtures::enums::colors::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Enums {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Enums> {
        let instance = linker.instantiate(&mut store, component)?;
        Enums::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Enums> {
        let __i0 = exports::fixtures::enums::colors::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Enums { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::enums::colors::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::enums::colors::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:enums/colors`.
    pub fn fixtures_enums_colors(&self) -> &exports::fixtures::enums::colors::Guest {
        &self.__i0
    }
}
/// `Enums` ready to instantiate quickly: the imports are resolved.
pub struct EnumsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> EnumsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Enums> {
        let instance = self.pre.instantiate(&mut store)?;
        Enums::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `enums`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod enums {
            /// Generated bindings: `colors`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod colors {
                /// The WIT type `color`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
                )]
                #[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]
                #[component(enum)]
                #[component(wicker = "::wicker")]
                pub enum Color {
                    /// The `red` case.
                    #[component(name = "red")]
                    Red,
                    /// The `green` case.
                    #[component(name = "green")]
                    Green,
                    /// The `blue` case.
                    #[component(name = "blue")]
                    Blue,
                    /// The `dark-gray` case.
                    #[component(name = "dark-gray")]
                    DarkGray,
                }
                /// The WIT type `answer`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
                )]
                #[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]
                #[component(enum)]
                #[component(wicker = "::wicker")]
                pub enum Answer {
                    /// The `yes` case.
                    #[component(name = "yes")]
                    Yes,
                    /// The `no` case.
                    #[component(name = "no")]
                    No,
                }
                /// The guest's exports of `fixtures:enums/colors`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:enums/colors` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:enums/colors")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:enums/colors",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "next")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "next",
                            ))?;
                        __f0.typed::<
                                (
                                    super::super::super::super::fixtures::enums::colors::Color,
                                ),
                                (
                                    super::super::super::super::fixtures::enums::colors::Color,
                                ),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "ask")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "ask",
                            ))?;
                        __f1.typed::<
                                (::std::string::String,),
                                (
                                    super::super::super::super::fixtures::enums::colors::Answer,
                                ),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1 })
                    }
                    /// Calls `next`.
                    pub fn call_next<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        c: super::super::super::super::fixtures::enums::colors::Color,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::enums::colors::Color,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                super::super::super::super::fixtures::enums::colors::Color,
                            ),
                            (super::super::super::super::fixtures::enums::colors::Color,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (c,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `ask`.
                    pub fn call_ask<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        q: &str,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::enums::colors::Answer,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str,),
                            (
                                super::super::super::super::fixtures::enums::colors::Answer,
                            ),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (q,))?;
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
    /// Generated bindings: `enums`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod enums {
        /// Generated bindings: `colors`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod colors {
            /// The WIT type `color`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]
            #[component(enum)]
            #[component(wicker = "::wicker")]
            pub enum Color {
                /// The `red` case.
                #[component(name = "red")]
                Red,
                /// The `green` case.
                #[component(name = "green")]
                Green,
                /// The `blue` case.
                #[component(name = "blue")]
                Blue,
                /// The `dark-gray` case.
                #[component(name = "dark-gray")]
                DarkGray,
            }
            /// The WIT type `answer`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]
            #[component(enum)]
            #[component(wicker = "::wicker")]
            pub enum Answer {
                /// The `yes` case.
                #[component(name = "yes")]
                Yes,
                /// The `no` case.
                #[component(name = "no")]
                No,
            }
            /// The host's implementation of `fixtures:enums/colors`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `next`.
                fn next(&mut self, c: Color) -> Color;
                /// `ask`.
                fn ask(&mut self, q: ::std::string::String) -> Answer;
            }
            /// Defines `fixtures:enums/colors` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:enums/colors")?;
                __inst
                    .func_wrap(
                        "next",
                        move |mut __store, (c,): (Color,)| {
                            let __r = Host::next(__get(__store.data_mut()), c);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "ask",
                        move |mut __store, (q,): (::std::string::String,)| {
                            let __r = Host::ask(__get(__store.data_mut()), q);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
