import { defineConfig } from "vitepress";
import { apiSidebar } from "./api-sidebar.js";

// The site is built from the workspace packages' TypeScript sources (the "source" export
// condition), both for the live demos (client bundle) and for the static render (SSR), so the docs
// never depend on a stale dist/.
export default defineConfig({
  title: "Mechanist",
  description: "Mechanistic Neural Networks for TypeScript: NeuRLP solver, equation discovery, forecasting",
  cleanUrls: false,
  lastUpdated: false,
  // guide/readmes/ holds the package READMEs that guide pages include: sources, not pages.
  srcExclude: ["README.md", "test/**", "scripts/**", "snippets/**", "node_modules/**", "guide/readmes/**"],
  head: [["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }]],
  markdown: { math: true, lineNumbers: false },
  themeConfig: {
    logo: "/favicon.svg",
    nav: [
      { text: "Guide", link: "/guide/getting-started" },
      { text: "Concepts", link: "/concepts/mnn" },
      { text: "Demos", link: "/demos/solve" },
      { text: "Benchmarks", link: "/benchmarks/" },
      { text: "API", link: "/api/" },
    ],
    sidebar: {
      "/api/": apiSidebar(),
      "/": [
        {
          text: "Start",
          items: [
            { text: "Getting started", link: "/guide/getting-started" },
            { text: "Which solver when", link: "/guide/which-solver" },
            { text: "Coming from Python", link: "/guide/from-python" },
          ],
        },
        {
          text: "Concepts",
          items: [
            { text: "Mechanistic neural networks", link: "/concepts/mnn" },
            { text: "The NeuRLP solver", link: "/concepts/neurlp" },
          ],
        },
        {
          text: "Package guides",
          items: [
            { text: "autodiff", link: "/guide/autodiff" },
            { text: "neurlp", link: "/guide/neurlp" },
            { text: "Choosing and writing a backend", link: "/guide/backends" },
            { text: "Writing a backend (long form)", link: "/guide/writing-a-backend" },
            { text: "neurlp-webgpu", link: "/guide/neurlp-webgpu" },
            { text: "neurlp-tfjs", link: "/guide/neurlp-tfjs" },
            { text: "neurlp-gpujs", link: "/guide/neurlp-gpujs" },
            { text: "datasets", link: "/guide/datasets" },
            { text: "viz", link: "/guide/viz" },
            { text: "mechanistic", link: "/guide/mechanistic" },
            { text: "cli", link: "/guide/cli" },
          ],
        },
        {
          text: "Tutorials",
          items: [
            { text: "Equation discovery", link: "/tutorials/discovery" },
            { text: "Forecasting", link: "/tutorials/forecasting" },
            { text: "KdV: a Mechanistic Block in a network", link: "/tutorials/kdv" },
          ],
        },
        {
          text: "Live demos",
          items: [
            { text: "Solve a linear ODE", link: "/demos/solve" },
            { text: "Discover Lorenz", link: "/demos/discover" },
          ],
        },
        { text: "Benchmarks", items: [{ text: "Benchmark results", link: "/benchmarks/" }] },
        { text: "Reference", items: [{ text: "API reference", link: "/api/" }] },
      ],
    },
    search: { provider: "local" },
    outline: { level: [2, 3] },
  },
  vite: {
    resolve: { conditions: ["source"] },
    ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
    // The discovery demo runs in a module Web Worker. No stubs for Node modules: the packages' main
    // entries are browser-safe (Node-only code is behind `./node` subpaths and "node" import conditions).
    worker: { format: "es" },
    build: { chunkSizeWarningLimit: 4000 },
  },
});
