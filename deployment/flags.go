package deployment

import "github.com/urfave/cli/v2"

// The flags that name a Source, the same in every service that reads a manifest.
const (
	DeploymentsFlagName = "deployments"
	ManifestFlagName    = "manifest"
)

// DeploymentsFlag is --deployments (Source.Dir, default "deployments"), read from envVars too.
func DeploymentsFlag(envVars []string) *cli.StringFlag {
	return &cli.StringFlag{Name: DeploymentsFlagName, Value: "deployments",
		Usage: "directory of the deployment manifests (<chainId>.json, chain id asked from --rpc)", EnvVars: envVars}
}

// ManifestFlag is --manifest (Source.File), read from envVars too.
func ManifestFlag(envVars []string) *cli.StringFlag {
	return &cli.StringFlag{Name: ManifestFlagName, Usage: "deployment manifest file (overrides --deployments)", EnvVars: envVars}
}

// SourceOf is the Source that c's --manifest and --deployments name.
func SourceOf(c *cli.Context) Source {
	return Source{File: c.String(ManifestFlagName), Dir: c.String(DeploymentsFlagName)}
}
