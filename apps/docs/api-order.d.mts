// Types of api-order.mjs (plain JS so that TypeDoc can load it with its plugin).
export declare const MODULE_ORDER: string[];
export declare const NAME_ORDER: Record<string, string[]>;
export declare const GROUP_ORDER: string[];
export declare function moduleRank(name: string): number;
