/// The exports of an instance of world `errors`, ready to call.
pub struct Errors {
    f_try_open: ::wicker::component::Func,
}
impl Errors {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Errors> {
        let instance = linker.instantiate(&mut store, component)?;
        Errors::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Errors> {
        let func = instance
            .get_func(&mut store, "try-open")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("try-open"))?;
        func.typed::<(String,), (i32,)>()?;
        let f_try_open = func;
        let _ = (&mut store, instance);
        Ok(Errors { f_try_open })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::errors::fs::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::errors::fs::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// Calls `try-open`.
    pub fn call_try_open<T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = T>,
        path: &str,
    ) -> ::wicker::Result<i32> {
        let __f = ::wicker::component::__internal::typed_func::<
            (&str,),
            (i32,),
        >(&self.f_try_open);
        let __r = __f.call(__store.as_context_mut(), (path,))?;
        Ok(__r.0)
    }
}
/// `Errors` ready to instantiate quickly: the imports are resolved.
pub struct ErrorsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> ErrorsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(ErrorsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Errors> {
        let instance = self.pre.instantiate(&mut store)?;
        Errors::new(store, &instance)
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `errors`.
    #[allow(dead_code, clippy::all)]
    pub mod errors {
        /// Generated bindings: `fs`.
        #[allow(dead_code, clippy::all)]
        pub mod fs {
            /// The WIT type `error-code`.
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
            pub enum ErrorCode {
                /// The `denied` case.
                #[component(name = "denied")]
                Denied,
                /// The `not-found` case.
                #[component(name = "not-found")]
                NotFound,
            }
            /// The host's implementation of `fixtures:errors/fs`.
            pub trait Host {
                /// `open`.
                fn open(
                    &mut self,
                    path: String,
                ) -> Result<u32, super::super::super::fixtures::errors::fs::ErrorCode>;
                /// `remove`.
                fn remove(
                    &mut self,
                    path: String,
                ) -> Result<(), super::super::super::fixtures::errors::fs::ErrorCode>;
            }
            /// Defines `fixtures:errors/fs` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:errors/fs")?;
                __inst
                    .func_wrap(
                        "open",
                        move |mut __store, (path,): (String,)| {
                            let __r = Host::open(__get(__store.data_mut()), path);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "remove",
                        move |mut __store, (path,): (String,)| {
                            let __r = Host::remove(__get(__store.data_mut()), path);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
