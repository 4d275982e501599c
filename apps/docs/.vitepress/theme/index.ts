import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import BenchTables from "./components/BenchTables.vue";
import DiscoverDemo from "./components/DiscoverDemo.vue";
import SolveDemo from "./components/SolveDemo.vue";
import "./style.css";

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("SolveDemo", SolveDemo);
    app.component("DiscoverDemo", DiscoverDemo);
    app.component("BenchTables", BenchTables);
  },
} satisfies Theme;
