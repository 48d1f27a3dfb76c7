/// The exports of an instance of world `list-world`, ready to call.
pub struct ListWorld {
    i_fixtures_lists_lists: exports::fixtures::lists::lists::Guest,
}
impl ListWorld {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<ListWorld> {
        let instance = linker.instantiate(&mut store, component)?;
        ListWorld::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<ListWorld> {
        let i_fixtures_lists_lists = exports::fixtures::lists::lists::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(ListWorld {
            i_fixtures_lists_lists,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::lists::lists::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::lists::lists::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:lists/lists`.
    pub fn fixtures_lists_lists(&self) -> &exports::fixtures::lists::lists::Guest {
        &self.i_fixtures_lists_lists
    }
}
/// `ListWorld` ready to instantiate quickly: the imports are resolved.
pub struct ListWorldPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> ListWorldPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(ListWorldPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<ListWorld> {
        let instance = self.pre.instantiate(&mut store)?;
        ListWorld::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `lists`.
        #[allow(dead_code, clippy::all)]
        pub mod lists {
            /// Generated bindings: `lists`.
            #[allow(dead_code, clippy::all)]
            pub mod lists {
                /// The guest's exports of `fixtures:lists/lists`.
                pub struct Guest {
                    f_bytes: ::wicker::component::Func,
                    f_words: ::wicker::component::Func,
                    f_nested: ::wicker::component::Func,
                    f_floats: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:lists/lists` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:lists/lists")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:lists/lists",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "bytes")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "bytes",
                            ))?;
                        func.typed::<(Vec<u8>,), (Vec<u8>,)>()?;
                        let f_bytes = func;
                        let func = exports
                            .get_func(&mut store, "words")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "words",
                            ))?;
                        func.typed::<(Vec<String>,), (Vec<String>,)>()?;
                        let f_words = func;
                        let func = exports
                            .get_func(&mut store, "nested")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "nested",
                            ))?;
                        func.typed::<(Vec<Vec<u32>>,), (Vec<Vec<u32>>,)>()?;
                        let f_nested = func;
                        let func = exports
                            .get_func(&mut store, "floats")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "floats",
                            ))?;
                        func.typed::<(Vec<f64>,), (u32,)>()?;
                        let f_floats = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f_bytes,
                            f_words,
                            f_nested,
                            f_floats,
                        })
                    }
                    /// Calls `bytes`.
                    pub fn call_bytes<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        b: &[u8],
                    ) -> ::wicker::Result<Vec<u8>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[u8],),
                            (Vec<u8>,),
                        >(&self.f_bytes);
                        let __r = __f.call(__store.as_context_mut(), (b,))?;
                        Ok(__r.0)
                    }
                    /// Calls `words`.
                    pub fn call_words<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        w: &[String],
                    ) -> ::wicker::Result<Vec<String>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[String],),
                            (Vec<String>,),
                        >(&self.f_words);
                        let __r = __f.call(__store.as_context_mut(), (w,))?;
                        Ok(__r.0)
                    }
                    /// Calls `nested`.
                    pub fn call_nested<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        n: &[Vec<u32>],
                    ) -> ::wicker::Result<Vec<Vec<u32>>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[Vec<u32>],),
                            (Vec<Vec<u32>>,),
                        >(&self.f_nested);
                        let __r = __f.call(__store.as_context_mut(), (n,))?;
                        Ok(__r.0)
                    }
                    /// Calls `floats`.
                    pub fn call_floats<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        f: &[f64],
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[f64],),
                            (u32,),
                        >(&self.f_floats);
                        let __r = __f.call(__store.as_context_mut(), (f,))?;
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
    /// Generated bindings: `lists`.
    #[allow(dead_code, clippy::all)]
    pub mod lists {
        /// Generated bindings: `lists`.
        #[allow(dead_code, clippy::all)]
        pub mod lists {
            /// The host's implementation of `fixtures:lists/lists`.
            pub trait Host {
                /// `bytes`.
                fn bytes(&mut self, b: Vec<u8>) -> Vec<u8>;
                /// `words`.
                fn words(&mut self, w: Vec<String>) -> Vec<String>;
                /// `nested`.
                fn nested(&mut self, n: Vec<Vec<u32>>) -> Vec<Vec<u32>>;
                /// `floats`.
                fn floats(&mut self, f: Vec<f64>) -> u32;
            }
            /// Defines `fixtures:lists/lists` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:lists/lists")?;
                __inst
                    .func_wrap(
                        "bytes",
                        move |mut __store, (b,): (Vec<u8>,)| {
                            let __r = Host::bytes(__get(__store.data_mut()), b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "words",
                        move |mut __store, (w,): (Vec<String>,)| {
                            let __r = Host::words(__get(__store.data_mut()), w);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "nested",
                        move |mut __store, (n,): (Vec<Vec<u32>>,)| {
                            let __r = Host::nested(__get(__store.data_mut()), n);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "floats",
                        move |mut __store, (f,): (Vec<f64>,)| {
                            let __r = Host::floats(__get(__store.data_mut()), f);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
