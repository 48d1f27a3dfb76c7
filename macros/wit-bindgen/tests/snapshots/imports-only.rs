/// The exports of an instance of world `imports-only`, ready to call.
pub struct ImportsOnly {}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl ImportsOnly {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<ImportsOnly> {
        let instance = linker.instantiate(&mut store, component)?;
        ImportsOnly::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<ImportsOnly> {
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(ImportsOnly {})
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::imports_only::clock::Host + fixtures::imports_only::random::Host
            + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::imports_only::clock::add_to_linker(linker, get)?;
        fixtures::imports_only::random::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
}
/// `ImportsOnly` ready to instantiate quickly: the imports are resolved.
pub struct ImportsOnlyPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> ImportsOnlyPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<ImportsOnly> {
        let instance = self.pre.instantiate(&mut store)?;
        ImportsOnly::new(store, &instance)
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `imports_only`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod imports_only {
        /// Generated bindings: `clock`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod clock {
            /// The host's implementation of `fixtures:imports-only/clock`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `now`.
                fn now(&mut self) -> u64;
                /// `resolution`.
                fn resolution(&mut self) -> u64;
            }
            /// Defines `fixtures:imports-only/clock` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:imports-only/clock")?;
                __inst
                    .func_wrap(
                        "now",
                        move |mut __store, (): ()| {
                            let __r = Host::now(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "resolution",
                        move |mut __store, (): ()| {
                            let __r = Host::resolution(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
        /// Generated bindings: `random`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod random {
            /// The host's implementation of `fixtures:imports-only/random`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `bytes`.
                fn bytes(&mut self, len: u32) -> ::std::vec::Vec<u8>;
            }
            /// Defines `fixtures:imports-only/random` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:imports-only/random")?;
                __inst
                    .func_wrap(
                        "bytes",
                        move |mut __store, (len,): (u32,)| {
                            let __r = Host::bytes(__get(__store.data_mut()), len);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
