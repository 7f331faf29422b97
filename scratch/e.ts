import * as P from "./p.ts"; console.log(P.C)
