/// The exports of an instance of world `gates`, ready to call.
pub struct Gates {
    f_run: ::wicker::component::Func,
}
impl Gates {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Gates> {
        let instance = linker.instantiate(&mut store, component)?;
        Gates::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Gates> {
        let func = instance
            .get_func(&mut store, "run")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("run"))?;
        func.typed::<(), (u32,)>()?;
        let f_run = func;
        let _ = (&mut store, instance);
        Ok(Gates { f_run })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::gates::api::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::gates::api::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// Calls `run`.
    pub fn call_run<T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<u32> {
        let __f = ::wicker::component::__internal::typed_func::<(), (u32,)>(&self.f_run);
        let __r = __f.call(__store.as_context_mut(), ())?;
        Ok(__r.0)
    }
}
/// `Gates` ready to instantiate quickly: the imports are resolved.
pub struct GatesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> GatesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(GatesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Gates> {
        let instance = self.pre.instantiate(&mut store)?;
        Gates::new(store, &instance)
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `gates`.
    #[allow(dead_code, clippy::all)]
    pub mod gates {
        /// Generated bindings: `api`.
        #[allow(dead_code, clippy::all)]
        pub mod api {
            /// The host's implementation of `fixtures:gates/api@0.2.0`.
            pub trait Host {
                /// `stable`.
                fn stable(&mut self) -> u32;
            }
            /// Defines `fixtures:gates/api@0.2.0` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:gates/api@0.2.0")?;
                __inst
                    .func_wrap(
                        "stable",
                        move |mut __store, (): ()| {
                            let __r = Host::stable(__get(__store.data_mut()));
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
