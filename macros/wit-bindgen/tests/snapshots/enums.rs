/// The exports of an instance of world `enums`, ready to call.
pub struct Enums {
    i_fixtures_enums_colors: exports::fixtures::enums::colors::Guest,
}
impl Enums {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Enums> {
        let instance = linker.instantiate(&mut store, component)?;
        Enums::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Enums> {
        let i_fixtures_enums_colors = exports::fixtures::enums::colors::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Enums { i_fixtures_enums_colors })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::enums::colors::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::enums::colors::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:enums/colors`.
    pub fn fixtures_enums_colors(&self) -> &exports::fixtures::enums::colors::Guest {
        &self.i_fixtures_enums_colors
    }
}
/// `Enums` ready to instantiate quickly: the imports are resolved.
pub struct EnumsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> EnumsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(EnumsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Enums> {
        let instance = self.pre.instantiate(&mut store)?;
        Enums::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `enums`.
        #[allow(dead_code, clippy::all)]
        pub mod enums {
            /// Generated bindings: `colors`.
            #[allow(dead_code, clippy::all)]
            pub mod colors {
                /// The WIT type `color`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    Debug,
                    Clone,
                    PartialEq
                )]
                #[derive(Copy, Eq, Hash)]
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
                    Debug,
                    Clone,
                    PartialEq
                )]
                #[derive(Copy, Eq, Hash)]
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
                    f_next: ::wicker::component::Func,
                    f_ask: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "next")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "next",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::fixtures::enums::colors::Color,
                                ),
                                (
                                    super::super::super::super::fixtures::enums::colors::Color,
                                ),
                            >()?;
                        let f_next = func;
                        let func = exports
                            .get_func(&mut store, "ask")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "ask",
                            ))?;
                        func.typed::<
                                (String,),
                                (
                                    super::super::super::super::fixtures::enums::colors::Answer,
                                ),
                            >()?;
                        let f_ask = func;
                        let _ = &mut store;
                        Ok(Guest { f_next, f_ask })
                    }
                    /// Calls `next`.
                    pub fn call_next<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        c: super::super::super::super::fixtures::enums::colors::Color,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::enums::colors::Color,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                super::super::super::super::fixtures::enums::colors::Color,
                            ),
                            (super::super::super::super::fixtures::enums::colors::Color,),
                        >(&self.f_next);
                        let __r = __f.call(__store.as_context_mut(), (c,))?;
                        Ok(__r.0)
                    }
                    /// Calls `ask`.
                    pub fn call_ask<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        q: &str,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::enums::colors::Answer,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str,),
                            (
                                super::super::super::super::fixtures::enums::colors::Answer,
                            ),
                        >(&self.f_ask);
                        let __r = __f.call(__store.as_context_mut(), (q,))?;
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
    /// Generated bindings: `enums`.
    #[allow(dead_code, clippy::all)]
    pub mod enums {
        /// Generated bindings: `colors`.
        #[allow(dead_code, clippy::all)]
        pub mod colors {
            /// The WIT type `color`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                Debug,
                Clone,
                PartialEq
            )]
            #[derive(Copy, Eq, Hash)]
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
                Debug,
                Clone,
                PartialEq
            )]
            #[derive(Copy, Eq, Hash)]
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
            pub trait Host {
                /// `next`.
                fn next(
                    &mut self,
                    c: super::super::super::fixtures::enums::colors::Color,
                ) -> super::super::super::fixtures::enums::colors::Color;
                /// `ask`.
                fn ask(
                    &mut self,
                    q: String,
                ) -> super::super::super::fixtures::enums::colors::Answer;
            }
            /// Defines `fixtures:enums/colors` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:enums/colors")?;
                __inst
                    .func_wrap(
                        "next",
                        move |
                            mut __store,
                            (c,): (super::super::super::fixtures::enums::colors::Color,)|
                        {
                            let __r = Host::next(__get(__store.data_mut()), c);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "ask",
                        move |mut __store, (q,): (String,)| {
                            let __r = Host::ask(__get(__store.data_mut()), q);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
