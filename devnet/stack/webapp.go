package stack

import (
	"fmt"
	"log/slog"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/webapp"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// devOrganisations names the devnet's member organisations by ODS code (devnet/keys.go).
var devOrganisations = map[string]string{
	"RJ1":    "St Elsewhere NHS Trust",
	"A81001": "Riverside GP practice",
	"E09000": "Adult social care (local authority)",
	"8HX39":  "Sunrise Home Care",
}

// devRoleLabels are the development roles the app offers in one click, in order.
var devRoleLabels = []struct{ role, label string }{
	{devnet.RolePatient, "Patient"},
	{devnet.RoleGuardian, "Guardian"},
	{devnet.RoleGP, "GP (Riverside GP practice)"},
	{devnet.RoleTrust, "Trust (St Elsewhere NHS Trust)"},
	{devnet.RoleCouncil, "Council (adult social care)"},
	{devnet.RoleAgency, "Agency (Sunrise Home Care)"},
	{devnet.RoleResearch, "Research sponsor"},
}

// WebAppConfig is the web app's runtime config on a devnet: its contracts, the devnet's organisation names, its
// development roles (public keys: a devnet only), and deadlines without a practical limit (the devnet's relayer has
// no --max-deadline, and its clock jumps forward).
func WebAppConfig(d *devnet.Devnet) webapp.Config {
	cfg := webapp.ConfigFromManifest(d.Manifest)
	cfg.DeadlineSeconds = 365 * 24 * 3600
	cfg.Organisations = devOrganisations
	for _, r := range devRoleLabels {
		k := devnet.DevKey(r.role)
		cfg.DevRoles = append(cfg.DevRoles, webapp.DevRole{Role: r.role, Label: r.label, Address: devnet.DevAddress(r.role),
			Key: hexutil.Encode(crypto.FromECDSA(k))})
	}
	return cfg
}

// mountWebApp serves the web app at /app/ on the indexer's HTTP server, with its on-chain check (webapp.PermittedPath)
// on the devnet's RPC, and the relayer's API under /relay/ when
// the stack runs one (relayerURL returns "" until it does), with the devnet's app key added server-side.
func mountWebApp(ix *Indexer, d *devnet.Devnet, relayerURL func() string, log *slog.Logger) error {
	h, err := webapp.Handler(WebAppConfig(d))
	if err != nil {
		return fmt.Errorf("web app: %w", err)
	}
	ix.Mount("/app/", h)
	ix.Mount(webapp.PermittedPath, webapp.PermittedHandler(d.Client, d.Manifest.ConsentsAddress(), webapp.PermittedTimeout, log.With("service", "webapp")))
	ix.Mount("/relay/", webapp.RelayProxy("/relay", relayerURL, devnet.DevAppKey, log.With("service", "webapp")))
	return nil
}
