/// The exports of an instance of world `errors`, ready to call.
pub struct Errors {
    __f0: ::wicker::component::Func,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Errors {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Errors> {
        let instance = linker.instantiate(&mut store, component)?;
        Errors::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Errors> {
        let __f0 = instance
            .get_func(&mut store, "try-open")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("try-open"))?;
        __f0.typed::<(::std::string::String,), (i32,)>()?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Errors { __f0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::errors::fs::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::errors::fs::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `try-open`.
    pub fn call_try_open<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
        path: &str,
    ) -> ::wicker::Result<i32> {
        let __f = ::wicker::component::__internal::typed_func::<
            (&str,),
            (i32,),
        >(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), (path,))?;
        ::core::result::Result::Ok(__r.0)
    }
}
/// `Errors` ready to instantiate quickly: the imports are resolved.
pub struct ErrorsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> ErrorsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Errors> {
        let instance = self.pre.instantiate(&mut store)?;
        Errors::new(store, &instance)
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `errors`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod errors {
        /// Generated bindings: `fs`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod fs {
            /// The WIT type `error-code`.
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
            pub enum ErrorCode {
                /// The `denied` case.
                #[component(name = "denied")]
                Denied,
                /// The `not-found` case.
                #[component(name = "not-found")]
                NotFound,
            }
            /// The host's implementation of `fixtures:errors/fs`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `open`.
                fn open(
                    &mut self,
                    path: ::std::string::String,
                ) -> ::core::result::Result<u32, ErrorCode>;
                /// `remove`.
                fn remove(
                    &mut self,
                    path: ::std::string::String,
                ) -> ::core::result::Result<(), ErrorCode>;
            }
            /// Defines `fixtures:errors/fs` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:errors/fs")?;
                __inst
                    .func_wrap(
                        "open",
                        move |mut __store, (path,): (::std::string::String,)| {
                            let __r = Host::open(__get(__store.data_mut()), path);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "remove",
                        move |mut __store, (path,): (::std::string::String,)| {
                            let __r = Host::remove(__get(__store.data_mut()), path);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
