/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Build-time deployment setting: hosts besides the page's origin that data and basemaps may come from. */
  readonly VITE_PARKTWIN_ALLOWED_HOSTS?: string;
  /** Build-time: '1' in the browser tests' and benchmark's builds, which may write to the stores. */
  readonly VITE_PARKTWIN_TEST_HOOKS?: string;
}
