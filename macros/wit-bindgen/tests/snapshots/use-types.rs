/// The exports of an instance of world `use-types`, ready to call.
pub struct UseTypes {
    i_fixtures_use_types_runner: exports::fixtures::use_types::runner::Guest,
}
impl UseTypes {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<UseTypes> {
        let instance = linker.instantiate(&mut store, component)?;
        UseTypes::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<UseTypes> {
        let i_fixtures_use_types_runner = exports::fixtures::use_types::runner::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(UseTypes {
            i_fixtures_use_types_runner,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        T: 'static,
        U: fixtures::use_types::runner::Host + fixtures::use_types::reporter::Host
            + 'static,
    >(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::use_types::runner::add_to_linker(linker, get)?;
        fixtures::use_types::reporter::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:use-types/runner`.
    pub fn fixtures_use_types_runner(
        &self,
    ) -> &exports::fixtures::use_types::runner::Guest {
        &self.i_fixtures_use_types_runner
    }
}
/// `UseTypes` ready to instantiate quickly: the imports are resolved.
pub struct UseTypesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> UseTypesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(UseTypesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<UseTypes> {
        let instance = self.pre.instantiate(&mut store)?;
        UseTypes::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `use_types`.
        #[allow(dead_code, clippy::all)]
        pub mod use_types {
            /// Generated bindings: `runner`.
            #[allow(dead_code, clippy::all)]
            pub mod runner {
                /// The WIT type `config`.
                pub type Config = super::super::super::super::fixtures::use_types::types::Config;
                /// The WIT type `mode`.
                pub type Mode = super::super::super::super::fixtures::use_types::types::Mode;
                /// The guest's exports of `fixtures:use-types/runner`.
                pub struct Guest {
                    f_run: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "run")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "run",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::fixtures::use_types::runner::Config,
                                    super::super::super::super::fixtures::use_types::runner::Mode,
                                ),
                                (String,),
                            >()?;
                        let f_run = func;
                        let _ = &mut store;
                        Ok(Guest { f_run })
                    }
                    /// Calls `run`.
                    pub fn call_run<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        c: &super::super::super::super::fixtures::use_types::runner::Config,
                        m: super::super::super::super::fixtures::use_types::runner::Mode,
                    ) -> ::wicker::Result<String> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::use_types::runner::Config,
                                super::super::super::super::fixtures::use_types::runner::Mode,
                            ),
                            (String,),
                        >(&self.f_run);
                        let __r = __f.call(__store.as_context_mut(), (c, m))?;
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
    /// Generated bindings: `use_types`.
    #[allow(dead_code, clippy::all)]
    pub mod use_types {
        /// Generated bindings: `reporter`.
        #[allow(dead_code, clippy::all)]
        pub mod reporter {
            /// The WIT type `settings`.
            pub type Settings = super::super::super::fixtures::use_types::types::Config;
            /// The host's implementation of `fixtures:use-types/reporter`.
            pub trait Host {
                /// `report`.
                fn report(
                    &mut self,
                    s: super::super::super::fixtures::use_types::reporter::Settings,
                );
            }
            /// Defines `fixtures:use-types/reporter` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:use-types/reporter")?;
                __inst
                    .func_wrap(
                        "report",
                        move |
                            mut __store,
                            (
                                s,
                            ): (
                                super::super::super::fixtures::use_types::reporter::Settings,
                            )|
                        {
                            let __r = Host::report(__get(__store.data_mut()), s);
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
        /// Generated bindings: `runner`.
        #[allow(dead_code, clippy::all)]
        pub mod runner {
            /// The WIT type `config`.
            pub type Config = super::super::super::fixtures::use_types::types::Config;
            /// The WIT type `mode`.
            pub type Mode = super::super::super::fixtures::use_types::types::Mode;
            /// The host's implementation of `fixtures:use-types/runner`.
            pub trait Host {
                /// `run`.
                fn run(
                    &mut self,
                    c: super::super::super::fixtures::use_types::runner::Config,
                    m: super::super::super::fixtures::use_types::runner::Mode,
                ) -> String;
            }
            /// Defines `fixtures:use-types/runner` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:use-types/runner")?;
                __inst
                    .func_wrap(
                        "run",
                        move |
                            mut __store,
                            (
                                c,
                                m,
                            ): (
                                super::super::super::fixtures::use_types::runner::Config,
                                super::super::super::fixtures::use_types::runner::Mode,
                            )|
                        {
                            let __r = Host::run(__get(__store.data_mut()), c, m);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
        /// Generated bindings: `types`.
        #[allow(dead_code, clippy::all)]
        pub mod types {
            /// The WIT type `config`.
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
                Debug,
                Clone,
                PartialEq
            )]
            #[derive(Copy, Eq, Hash)]
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
