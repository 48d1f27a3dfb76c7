/// The exports of an instance of world `versioned`, ready to call.
pub struct Versioned {
    i_fixtures_versioned_api: exports::fixtures::versioned::api::Guest,
}
impl Versioned {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Versioned> {
        let instance = linker.instantiate(&mut store, component)?;
        Versioned::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Versioned> {
        let i_fixtures_versioned_api = exports::fixtures::versioned::api::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Versioned {
            i_fixtures_versioned_api,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::versioned::api::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::versioned::api::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:versioned/api@1.2.3`.
    pub fn fixtures_versioned_api(&self) -> &exports::fixtures::versioned::api::Guest {
        &self.i_fixtures_versioned_api
    }
}
/// `Versioned` ready to instantiate quickly: the imports are resolved.
pub struct VersionedPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> VersionedPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(VersionedPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Versioned> {
        let instance = self.pre.instantiate(&mut store)?;
        Versioned::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `versioned`.
        #[allow(dead_code, clippy::all)]
        pub mod versioned {
            /// Generated bindings: `api`.
            #[allow(dead_code, clippy::all)]
            pub mod api {
                /// The guest's exports of `fixtures:versioned/api@1.2.3`.
                pub struct Guest {
                    f_greet: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:versioned/api@1.2.3` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:versioned/api@1.2.3")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:versioned/api@1.2.3",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "greet")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "greet",
                            ))?;
                        func.typed::<(String,), (String,)>()?;
                        let f_greet = func;
                        let _ = &mut store;
                        Ok(Guest { f_greet })
                    }
                    /// Calls `greet`.
                    pub fn call_greet<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        name: &str,
                    ) -> ::wicker::Result<String> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str,),
                            (String,),
                        >(&self.f_greet);
                        let __r = __f.call(__store.as_context_mut(), (name,))?;
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
    /// Generated bindings: `versioned`.
    #[allow(dead_code, clippy::all)]
    pub mod versioned {
        /// Generated bindings: `api`.
        #[allow(dead_code, clippy::all)]
        pub mod api {
            /// The host's implementation of `fixtures:versioned/api@1.2.3`.
            pub trait Host {
                /// `greet`.
                fn greet(&mut self, name: String) -> String;
            }
            /// Defines `fixtures:versioned/api@1.2.3` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:versioned/api@1.2.3")?;
                __inst
                    .func_wrap(
                        "greet",
                        move |mut __store, (name,): (String,)| {
                            let __r = Host::greet(__get(__store.data_mut()), name);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
