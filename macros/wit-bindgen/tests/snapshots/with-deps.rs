/// The exports of an instance of world `with-deps`, ready to call.
pub struct WithDeps {
    f_run: ::wicker::component::Func,
}
impl WithDeps {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<WithDeps> {
        let instance = linker.instantiate(&mut store, component)?;
        WithDeps::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<WithDeps> {
        let func = instance
            .get_func(&mut store, "run")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("run"))?;
        func.typed::<(u32,), (u32,)>()?;
        let f_run = func;
        let _ = (&mut store, instance);
        Ok(WithDeps { f_run })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: dep::lib::math::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        dep::lib::math::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// Calls `run`.
    pub fn call_run<T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = T>,
        x: u32,
    ) -> ::wicker::Result<u32> {
        let __f = ::wicker::component::__internal::typed_func::<
            (u32,),
            (u32,),
        >(&self.f_run);
        let __r = __f.call(__store.as_context_mut(), (x,))?;
        Ok(__r.0)
    }
}
/// `WithDeps` ready to instantiate quickly: the imports are resolved.
pub struct WithDepsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> WithDepsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(WithDepsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<WithDeps> {
        let instance = self.pre.instantiate(&mut store)?;
        WithDeps::new(store, &instance)
    }
}
/// Generated bindings: `dep`.
#[allow(dead_code, clippy::all)]
pub mod dep {
    /// Generated bindings: `lib`.
    #[allow(dead_code, clippy::all)]
    pub mod lib {
        /// Generated bindings: `math`.
        #[allow(dead_code, clippy::all)]
        pub mod math {
            /// The WIT type `complex`.
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
            pub struct Complex {
                /// The `re` field.
                #[component(name = "re")]
                pub re: f64,
                /// The `im` field.
                #[component(name = "im")]
                pub im: f64,
            }
            /// The host's implementation of `dep:lib/math@0.1.0`.
            pub trait Host {
                /// `add`.
                fn add(&mut self, a: u32, b: u32) -> u32;
                /// `mul`.
                fn mul(
                    &mut self,
                    a: super::super::super::dep::lib::math::Complex,
                    b: super::super::super::dep::lib::math::Complex,
                ) -> super::super::super::dep::lib::math::Complex;
            }
            /// Defines `dep:lib/math@0.1.0` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("dep:lib/math@0.1.0")?;
                __inst
                    .func_wrap(
                        "add",
                        move |mut __store, (a, b): (u32, u32)| {
                            let __r = Host::add(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "mul",
                        move |
                            mut __store,
                            (
                                a,
                                b,
                            ): (
                                super::super::super::dep::lib::math::Complex,
                                super::super::super::dep::lib::math::Complex,
                            )|
                        {
                            let __r = Host::mul(__get(__store.data_mut()), a, b);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
