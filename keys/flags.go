package keys

import "github.com/urfave/cli/v2"

// The flags of a key source, named the same by every service that signs.
const (
	KeystoreFlagName     = "keystore"
	PasswordFileFlagName = "password-file"
	PasswordEnvFlagName  = "password-env"
	RawKeyEnvFlagName    = "raw-key-env"
)

// CLIFlags declares a key source's flags: keystoreUsage says whose key the keystore file holds, and env gives a
// flag's environment variables from its suffix ("KEYSTORE", "PASSWORD_FILE", "PASSWORD_ENV", "RAW_KEY_ENV"), or is
// nil for none. ReadCLISource reads them.
func CLIFlags(keystoreUsage string, env func(suffix string) []string) []cli.Flag {
	if env == nil {
		env = func(string) []string { return nil }
	}
	return []cli.Flag{
		&cli.StringFlag{Name: KeystoreFlagName, Usage: keystoreUsage, EnvVars: env("KEYSTORE")},
		&cli.StringFlag{Name: PasswordFileFlagName, Usage: "file holding the keystore password", EnvVars: env("PASSWORD_FILE")},
		&cli.StringFlag{Name: PasswordEnvFlagName, Usage: "environment variable holding the keystore password", EnvVars: env("PASSWORD_ENV")},
		&cli.StringFlag{Name: RawKeyEnvFlagName, Usage: "environment variable holding a hex private key (development only)", EnvVars: env("RAW_KEY_ENV")},
	}
}

// ReadCLISource is the key source CLIFlags' flags name.
func ReadCLISource(c *cli.Context) Source {
	return Source{Keystore: c.String(KeystoreFlagName), PasswordFile: c.String(PasswordFileFlagName),
		PasswordEnv: c.String(PasswordEnvFlagName), RawEnv: c.String(RawKeyEnvFlagName)}
}
