/// The exports of an instance of world `with-deps`, ready to call.
pub struct WithDeps {
    __f0: ::wicker::component::Func,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl WithDeps {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<WithDeps> {
        let instance = linker.instantiate(&mut store, component)?;
        WithDeps::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<WithDeps> {
        let __f0 = instance
            .get_func(&mut store, "run")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("run"))?;
        __f0.typed::<(u32,), (u32,)>()?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(WithDeps { __f0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: dep::lib::math::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        dep::lib::math::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `run`.
    pub fn call_run<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
        x: u32,
    ) -> ::wicker::Result<u32> {
        let __f = ::wicker::component::__internal::typed_func::<
            (u32,),
            (u32,),
        >(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), (x,))?;
        ::core::result::Result::Ok(__r.0)
    }
}
/// `WithDeps` ready to instantiate quickly: the imports are resolved.
pub struct WithDepsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> WithDepsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<WithDeps> {
        let instance = self.pre.instantiate(&mut store)?;
        WithDeps::new(store, &instance)
    }
}
/// Generated bindings: `dep`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod dep {
    /// Generated bindings: `lib`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod lib {
        /// Generated bindings: `math`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod math {
            /// The WIT type `complex`.
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
            pub struct Complex {
                /// The `re` field.
                #[component(name = "re")]
                pub re: f64,
                /// The `im` field.
                #[component(name = "im")]
                pub im: f64,
            }
            /// The host's implementation of `dep:lib/math@0.1.0`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `add`.
                fn add(&mut self, a: u32, b: u32) -> u32;
                /// `mul`.
                fn mul(&mut self, a: Complex, b: Complex) -> Complex;
            }
            /// Defines `dep:lib/math@0.1.0` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("dep:lib/math@0.1.0")?;
                __inst
                    .func_wrap(
                        "add",
                        move |mut __store, (a, b): (u32, u32)| {
                            let __r = Host::add(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "mul",
                        move |mut __store, (a, b): (Complex, Complex)| {
                            let __r = Host::mul(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
