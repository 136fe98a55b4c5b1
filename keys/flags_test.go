package keys

import (
	"testing"

	"github.com/urfave/cli/v2"
)

// The key-source flags read from the command line and from the environment variables env names; with a nil env
// none is read from the environment.
func TestCLIFlagsAndReadCLISource(t *testing.T) {
	t.Setenv("SVC_PASSWORD_ENV", "PW_VAR")
	t.Setenv("SVC_RAW_KEY_ENV", "KEY_VAR")
	run := func(env func(string) []string, args ...string) Source {
		t.Helper()
		var got Source
		app := &cli.App{Flags: CLIFlags("whose keystore", env), Action: func(c *cli.Context) error {
			got = ReadCLISource(c)
			return nil
		}}
		if err := app.Run(append([]string{"x"}, args...)); err != nil {
			t.Fatal(err)
		}
		return got
	}
	svc := func(s string) []string { return []string{"SVC_" + s} }
	want := Source{Keystore: "k.json", PasswordFile: "pw.txt", PasswordEnv: "PW_VAR", RawEnv: "KEY_VAR"}
	if got := run(svc, "--keystore", "k.json", "--password-file", "pw.txt"); got != want {
		t.Fatalf("flags and env: %+v, want %+v", got, want)
	}
	if got := run(nil, "--keystore", "k.json"); got != (Source{Keystore: "k.json"}) {
		t.Fatalf("no env: %+v, want the keystore alone", got)
	}
	for _, f := range CLIFlags("whose keystore", nil) {
		if sf := f.(*cli.StringFlag); sf.Name == KeystoreFlagName && sf.Usage != "whose keystore" {
			t.Fatalf("keystore usage %q", sf.Usage)
		}
	}
}
