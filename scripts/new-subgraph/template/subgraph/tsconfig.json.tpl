{
  "extends": "../../tsconfig.json",
  "compilerOptions": { "composite": true, "rootDir": "src", "outDir": "dist", "tsBuildInfoFile": "dist/.tsbuildinfo" },
  "include": ["src"],
  "exclude": ["src/**/*.spec.ts", "src/**/*.test.ts"], "references": [{ "path": "../../registry" }, { "path": "../kit" }]
}
