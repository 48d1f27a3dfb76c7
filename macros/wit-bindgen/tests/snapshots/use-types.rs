/// The exports of an instance of world `use-types`, ready to call.
pub struct UseTypes {
    __i0: exports::fixtures::use_types::runner::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl UseTypes {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<UseTypes> {
        let instance = linker.instantiate(&mut store, component)?;
        UseTypes::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<UseTypes> {
        let __i0 = exports::fixtures::use_types::runner::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(UseTypes { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::use_types::runner::Host + fixtures::use_types::reporter::Host
            + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::use_types::runner::add_to_linker(linker, get)?;
        fixtures::use_types::reporter::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:use-types/runner`.
    pub fn fixtures_use_types_runner(
        &self,
    ) -> &exports::fixtures::use_types::runner::Guest {
        &self.__i0
    }
}
/// `UseTypes` ready to instantiate quickly: the imports are resolved.
pub struct UseTypesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> UseTypesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<UseTypes> {
        let instance = self.pre.instantiate(&mut store)?;
        UseTypes::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `use_types`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod use_types {
            /// Generated bindings: `runner`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod runner {
                /// The WIT type `config`.
                pub type Config = super::super::super::super::fixtures::use_types::types::Config;
                /// The WIT type `mode`.
                pub type Mode = super::super::super::super::fixtures::use_types::types::Mode;
                /// The guest's exports of `fixtures:use-types/runner`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:use-types/runner` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:use-types/runner")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:use-types/runner",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "run")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "run",
                            ))?;
                        __f0.typed::<
                                (
                                    super::super::super::super::fixtures::use_types::runner::Config,
                                    super::super::super::super::fixtures::use_types::runner::Mode,
                                ),
                                (::std::string::String,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0 })
                    }
                    /// Calls `run`.
                    pub fn call_run<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        c: &super::super::super::super::fixtures::use_types::runner::Config,
                        m: super::super::super::super::fixtures::use_types::runner::Mode,
                    ) -> ::wicker::Result<::std::string::String> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::use_types::runner::Config,
                                super::super::super::super::fixtures::use_types::runner::Mode,
                            ),
                            (::std::string::String,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (c, m))?;
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
    /// Generated bindings: `use_types`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod use_types {
        /// Generated bindings: `reporter`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod reporter {
            /// The WIT type `settings`.
            pub type Settings = super::types::Config;
            /// The host's implementation of `fixtures:use-types/reporter`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `report`.
                fn report(&mut self, s: Settings);
            }
            /// Defines `fixtures:use-types/reporter` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:use-types/reporter")?;
                __inst
                    .func_wrap(
                        "report",
                        move |mut __store, (s,): (Settings,)| {
                            let __r = Host::report(__get(__store.data_mut()), s);
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
        /// Generated bindings: `runner`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod runner {
            /// The WIT type `config`.
            pub type Config = super::types::Config;
            /// The WIT type `mode`.
            pub type Mode = super::types::Mode;
            /// The host's implementation of `fixtures:use-types/runner`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `run`.
                fn run(&mut self, c: Config, m: Mode) -> ::std::string::String;
            }
            /// Defines `fixtures:use-types/runner` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:use-types/runner")?;
                __inst
                    .func_wrap(
                        "run",
                        move |mut __store, (c, m): (Config, Mode)| {
                            let __r = Host::run(__get(__store.data_mut()), c, m);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
        /// Generated bindings: `types`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod types {
            /// The WIT type `config`.
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
            pub struct Config {
                /// The `verbose` field.
                #[component(name = "verbose")]
                pub verbose: bool,
                /// The `level` field.
                #[component(name = "level")]
                pub level: u8,
            }
            /// The WIT type `mode`.
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
            pub enum Mode {
                /// The `fast` case.
                #[component(name = "fast")]
                Fast,
                /// The `slow` case.
                #[component(name = "slow")]
                Slow,
            }
        }
    }
}
