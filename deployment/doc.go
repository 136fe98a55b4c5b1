// Package deployment deploys the Bevan suite and records where it is: the validated deployment config, the
// deterministic CREATE2 plan (same config and deployer, same addresses on every chain), the idempotent deploy with the
// hand-over of every admin role to the DAO's timelock, the chain presets, and the manifest deployments/<chainId>.json
// that every other part reads its addresses from.
package deployment
