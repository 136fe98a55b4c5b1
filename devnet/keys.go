package devnet

import (
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Role names of the devnet's development keys. The keys are derived from a public phrase: never use them on a real
// chain.
const (
	RoleDeployer = "deployer"
	RoleRelayer  = "relayer"
	RoleTrust    = "trust"   // St Elsewhere NHS Trust (RJ1): member, custodian
	RoleGP       = "gp"      // Riverside GP practice (A81001): member, emergency responder
	RoleCouncil  = "council" // the local authority's adult social care (E09000): member
	RoleAgency   = "agency"  // Sunrise Home Care (8HX39): grantee, joins the DAO in the demo
	RolePatient  = "patient"
	RoleGuardian = "guardian"
	RoleResearch = "research" // a clinical-trial sponsor: grantee of a research consent
	// RoleGateway is the devnet's telemetry gateway: DeviceRegistry's TELEMETRY_GATEWAY_ROLE (records cold-chain
	// excursions) and RecordAnchor's CUSTODIAN_ROLE (anchors its reading batches).
	RoleGateway = "gateway"
	// RoleAnalytics is the devnet's analytics server: DataAccess's RELEASER_ROLE (anchors each dataset release).
	RoleAnalytics = "analytics"
	RoleAttester  = "attester" // an identity attester service (NHS login): IDENTITY_ATTESTER_ROLE
)

// Roles lists the development roles in a stable order.
var Roles = []string{RoleDeployer, RoleRelayer, RoleTrust, RoleGP, RoleCouncil, RoleAgency, RolePatient, RoleGuardian, RoleResearch, RoleGateway, RoleAnalytics, RoleAttester}

// DevKey is the development key of a role.
func DevKey(role string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("bevan devnet key: " + role)))
	if err != nil {
		panic(fmt.Sprintf("derive dev key %s: %v", role, err)) // a keccak output is a valid key but for 2^-128
	}
	return k
}

// DevAppKey is the devnet relayer's app key (X-Bevan-App-Key), derived from a public phrase like the development
// keys: the devnet's relayer sponsors requests that carry it, and the CLI sends it on a devnet. Never configure it on
// a real relayer.
var DevAppKey = "bvnapp_" + hex.EncodeToString(crypto.Keccak256([]byte("bevan devnet app key")))

// DevAddress is the address of a role's development key.
func DevAddress(role string) common.Address { return crypto.PubkeyToAddress(DevKey(role).PublicKey) }
