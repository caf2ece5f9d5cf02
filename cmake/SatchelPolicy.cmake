# All compile policy lives in this one interface target; every Satchel target links it.
add_library(satchel_policy INTERFACE)
add_library(Satchel::policy ALIAS satchel_policy)

target_compile_features(satchel_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(satchel_policy INTERFACE
    # Required, not taste: gmime.h pulls in a GLib header with a struct member named `signals`.
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SATCHEL_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(satchel_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(SATCHEL_WERROR)
        target_compile_options(satchel_policy INTERFACE -Werror)
    endif()
    if(SATCHEL_SANITIZE)
        set(_satchel_san -fsanitize=address,undefined -fno-sanitize-recover=undefined
                         -fno-omit-frame-pointer)
        if(SATCHEL_FUZZ)
            # Coverage instrumentation everywhere; only the fuzz binaries link libFuzzer's main.
            list(APPEND _satchel_san -fsanitize=fuzzer-no-link)
        endif()
        target_compile_options(satchel_policy INTERFACE ${_satchel_san} -g)
        target_link_options(satchel_policy INTERFACE ${_satchel_san})
    endif()
elseif(MSVC)
    target_compile_options(satchel_policy INTERFACE /W4 /permissive- /utf-8)
    if(SATCHEL_WERROR)
        target_compile_options(satchel_policy INTERFACE /WX)
    endif()
endif()
