/// The exports of an instance of world `strings`, ready to call.
pub struct Strings {
    i_fixtures_strings_text: exports::fixtures::strings::text::Guest,
}
impl Strings {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Strings> {
        let instance = linker.instantiate(&mut store, component)?;
        Strings::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Strings> {
        let i_fixtures_strings_text = exports::fixtures::strings::text::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Strings { i_fixtures_strings_text })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::strings::text::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::strings::text::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:strings/text`.
    pub fn fixtures_strings_text(&self) -> &exports::fixtures::strings::text::Guest {
        &self.i_fixtures_strings_text
    }
}
/// `Strings` ready to instantiate quickly: the imports are resolved.
pub struct StringsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> StringsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(StringsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Strings> {
        let instance = self.pre.instantiate(&mut store)?;
        Strings::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `strings`.
        #[allow(dead_code, clippy::all)]
        pub mod strings {
            /// Generated bindings: `text`.
            #[allow(dead_code, clippy::all)]
            pub mod text {
                /// The guest's exports of `fixtures:strings/text`.
                pub struct Guest {
                    f_echo: ::wicker::component::Func,
                    f_concat: ::wicker::component::Func,
                    f_length: ::wicker::component::Func,
                    f_maybe: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:strings/text` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:strings/text")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:strings/text",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "echo")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "echo",
                            ))?;
                        func.typed::<(String,), (String,)>()?;
                        let f_echo = func;
                        let func = exports
                            .get_func(&mut store, "concat")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "concat",
                            ))?;
                        func.typed::<(String, String), (String,)>()?;
                        let f_concat = func;
                        let func = exports
                            .get_func(&mut store, "length")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "length",
                            ))?;
                        func.typed::<(String,), (u32,)>()?;
                        let f_length = func;
                        let func = exports
                            .get_func(&mut store, "maybe")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "maybe",
                            ))?;
                        func.typed::<(Option<String>,), (Option<String>,)>()?;
                        let f_maybe = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f_echo,
                            f_concat,
                            f_length,
                            f_maybe,
                        })
                    }
                    /// Calls `echo`.
                    pub fn call_echo<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        s: &str,
                    ) -> ::wicker::Result<String> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str,),
                            (String,),
                        >(&self.f_echo);
                        let __r = __f.call(__store.as_context_mut(), (s,))?;
                        Ok(__r.0)
                    }
                    /// Calls `concat`.
                    pub fn call_concat<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        a: &str,
                        b: &str,
                    ) -> ::wicker::Result<String> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str, &str),
                            (String,),
                        >(&self.f_concat);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        Ok(__r.0)
                    }
                    /// Calls `length`.
                    pub fn call_length<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        s: &str,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str,),
                            (u32,),
                        >(&self.f_length);
                        let __r = __f.call(__store.as_context_mut(), (s,))?;
                        Ok(__r.0)
                    }
                    /// Calls `maybe`.
                    pub fn call_maybe<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        s: Option<String>,
                    ) -> ::wicker::Result<Option<String>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (Option<String>,),
                            (Option<String>,),
                        >(&self.f_maybe);
                        let __r = __f.call(__store.as_context_mut(), (s,))?;
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
    /// Generated bindings: `strings`.
    #[allow(dead_code, clippy::all)]
    pub mod strings {
        /// Generated bindings: `text`.
        #[allow(dead_code, clippy::all)]
        pub mod text {
            /// The host's implementation of `fixtures:strings/text`.
            pub trait Host {
                /// `echo`.
                fn echo(&mut self, s: String) -> String;
                /// `concat`.
                fn concat(&mut self, a: String, b: String) -> String;
                /// `length`.
                fn length(&mut self, s: String) -> u32;
                /// `maybe`.
                fn maybe(&mut self, s: Option<String>) -> Option<String>;
            }
            /// Defines `fixtures:strings/text` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:strings/text")?;
                __inst
                    .func_wrap(
                        "echo",
                        move |mut __store, (s,): (String,)| {
                            let __r = Host::echo(__get(__store.data_mut()), s);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "concat",
                        move |mut __store, (a, b): (String, String)| {
                            let __r = Host::concat(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "length",
                        move |mut __store, (s,): (String,)| {
                            let __r = Host::length(__get(__store.data_mut()), s);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "maybe",
                        move |mut __store, (s,): (Option<String>,)| {
                            let __r = Host::maybe(__get(__store.data_mut()), s);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
