/// The exports of an instance of world `guest-interface`, ready to call.
pub struct GuestInterface {
    __i0: exports::fixtures::guest_interface::guest::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl GuestInterface {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<GuestInterface> {
        let instance = linker.instantiate(&mut store, component)?;
        GuestInterface::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<GuestInterface> {
        let __i0 = exports::fixtures::guest_interface::guest::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(GuestInterface { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::guest_interface::guest::Host + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::guest_interface::guest::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:guest-interface/guest`.
    pub fn fixtures_guest_interface_guest(
        &self,
    ) -> &exports::fixtures::guest_interface::guest::Guest {
        &self.__i0
    }
}
/// `GuestInterface` ready to instantiate quickly: the imports are resolved.
pub struct GuestInterfacePre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> GuestInterfacePre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<GuestInterface> {
        let instance = self.pre.instantiate(&mut store)?;
        GuestInterface::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `guest_interface`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod guest_interface {
            /// Generated bindings: `guest`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod guest {
                /// The WIT type `guest`.
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
                pub struct Guest_ {
                    /// The `x` field.
                    #[component(name = "x")]
                    pub x: u32,
                }
                /// The WIT type `host`.
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
                pub struct Host_ {
                    /// The `y` field.
                    #[component(name = "y")]
                    pub y: u32,
                }
                /// The WIT type `guest-item`.
                pub type GuestItem_ = u32;
                /// The WIT type `host-item`.
                pub type HostItem_ = u64;
                /// The guest's exports of `fixtures:guest-interface/guest`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:guest-interface/guest` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:guest-interface/guest")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:guest-interface/guest",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "[constructor]item")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[constructor]item",
                            ))?;
                        __f0.typed::<
                                (),
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::guest_interface::guest::Item,
                                    >,
                                ),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "[method]item.get")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "[method]item.get",
                            ))?;
                        __f1.typed::<
                                (
                                    ::wicker::component::Resource<
                                        super::super::super::super::fixtures::guest_interface::guest::Item,
                                    >,
                                ),
                                (u32,),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "f")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "f",
                            ))?;
                        __f2.typed::<
                                (
                                    super::super::super::super::fixtures::guest_interface::guest::Guest_,
                                    super::super::super::super::fixtures::guest_interface::guest::Host_,
                                    super::super::super::super::fixtures::guest_interface::guest::GuestItem_,
                                    super::super::super::super::fixtures::guest_interface::guest::HostItem_,
                                ),
                                (
                                    super::super::super::super::fixtures::guest_interface::guest::Guest_,
                                ),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1, __f2 })
                    }
                    /// Calls `f`.
                    pub fn call_f<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        g: &super::super::super::super::fixtures::guest_interface::guest::Guest_,
                        h: &super::super::super::super::fixtures::guest_interface::guest::Host_,
                        t: &super::super::super::super::fixtures::guest_interface::guest::GuestItem_,
                        u: &super::super::super::super::fixtures::guest_interface::guest::HostItem_,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::guest_interface::guest::Guest_,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::guest_interface::guest::Guest_,
                                &super::super::super::super::fixtures::guest_interface::guest::Host_,
                                &super::super::super::super::fixtures::guest_interface::guest::GuestItem_,
                                &super::super::super::super::fixtures::guest_interface::guest::HostItem_,
                            ),
                            (
                                super::super::super::super::fixtures::guest_interface::guest::Guest_,
                            ),
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (g, h, t, u))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
                /// Calls of the guest's resource `item`.
                pub struct GuestItem<'a>(&'a Guest);
                #[allow(clippy::too_many_arguments)]
                impl GuestItem<'_> {
                    /// Calls `[constructor]item`.
                    pub fn call_constructor<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        ::wicker::component::Resource<
                            super::super::super::super::fixtures::guest_interface::guest::Item,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::guest_interface::guest::Item,
                                >,
                            ),
                        >(&self.0.__f0);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `[method]item.get`.
                    pub fn call_get<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        self_: ::wicker::component::Resource<
                            super::super::super::super::fixtures::guest_interface::guest::Item,
                        >,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                ::wicker::component::Resource<
                                    super::super::super::super::fixtures::guest_interface::guest::Item,
                                >,
                            ),
                            (u32,),
                        >(&self.0.__f1);
                        let __r = __f.call(__store.as_context_mut(), (self_,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
                impl Guest {
                    /// The calls of resource `item`.
                    pub fn item(&self) -> GuestItem<'_> {
                        GuestItem(self)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `guest_interface`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod guest_interface {
        /// Generated bindings: `guest`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod guest {
            /// The WIT type `guest`.
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
            pub struct Guest_ {
                /// The `x` field.
                #[component(name = "x")]
                pub x: u32,
            }
            /// The WIT type `host`.
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
            pub struct Host_ {
                /// The `y` field.
                #[component(name = "y")]
                pub y: u32,
            }
            /// The WIT type `item`.
            /// The host's `item` resource: handles are `Resource<Item>`.
            pub enum Item {}
            /// The WIT type `guest-item`.
            pub type GuestItem_ = u32;
            /// The WIT type `host-item`.
            pub type HostItem_ = u64;
            /// The host's implementation of resource `item`.
            #[allow(clippy::too_many_arguments)]
            pub trait HostItem {
                /// `[constructor]item`.
                fn new(&mut self) -> ::wicker::component::Resource<Item>;
                /// `[method]item.get`.
                fn get(&mut self, self_: ::wicker::component::Resource<Item>) -> u32;
                /// Drops the resource `rep`, whose last owned handle the guest dropped.
                fn drop(
                    &mut self,
                    rep: ::wicker::component::Resource<Item>,
                ) -> ::wicker::Result<()>;
            }
            /// The host's implementation of `fixtures:guest-interface/guest`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host: HostItem {
                /// `f`.
                fn f(
                    &mut self,
                    g: Guest_,
                    h: Host_,
                    t: GuestItem_,
                    u: HostItem_,
                ) -> Guest_;
            }
            /// Defines `fixtures:guest-interface/guest` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:guest-interface/guest")?;
                __inst
                    .resource::<
                        Item,
                    >(
                        "item",
                        move |mut __store, __rep| {
                            HostItem::drop(
                                __get(__store.data_mut()),
                                ::wicker::component::Resource::new_own(__rep),
                            )
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[constructor]item",
                        move |mut __store, (): ()| {
                            let __r = HostItem::new(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "[method]item.get",
                        move |
                            mut __store,
                            (self_,): (::wicker::component::Resource<Item>,)|
                        {
                            let __r = HostItem::get(__get(__store.data_mut()), self_);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "f",
                        move |
                            mut __store,
                            (g, h, t, u): (Guest_, Host_, GuestItem_, HostItem_)|
                        {
                            let __r = Host::f(__get(__store.data_mut()), g, h, t, u);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
