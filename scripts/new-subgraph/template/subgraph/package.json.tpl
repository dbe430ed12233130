{
  "name": "@wayfarer/__name__",
  "version": "0.1.0",
  "private": true,
  "main": "dist/index.js",
  "types": "dist/index.d.ts",
  "dependencies": {
    "@wayfarer/kit": "*",
    "@wayfarer/registry": "*"
  }
}
