// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// ConsentRegistryMetaData contains all meta data concerning the ConsentRegistry contract.
var ConsentRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"emergencyResponders\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ACTION_ACCESS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_COLLECT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_CORRECT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_DISCLOSE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_USE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ALL_ACTIONS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ALL_PURPOSES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_EMERGENCY_MAX_ACCESSES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_EMERGENCY_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DIRECT_CARE_PURPOSES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"EMERGENCY_REVOKER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"EMERGENCY_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CONSENTS_PER_GRANTEE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_EMERGENCY_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_EMERGENCY_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_BTG\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_CAREMGT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_CLINTRL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_COC\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_ETREAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HOPERAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HPAYMT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HQUALIMP\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HRESCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HSYSADMIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_PATRQT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_POPHLTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_PUBHLTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_TREAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RECOVERY_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RESEARCH_PURPOSES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"appointGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consent\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"validUntil\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consentCount\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consentIdOf\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentWalletOf\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"emergencyAllowance\",\"inputs\":[{\"name\":\"accessor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"remaining\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"resetsAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"emergencyLimit\",\"inputs\":[],\"outputs\":[{\"name\":\"maxAccesses\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getApproved\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grant\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"scope\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"guardiansOf\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isApprovedForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isFreshWallet\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isGuardian\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isPermitted\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"action\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"locked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"object\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"objectionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"objectedPurposes\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"objection\",\"inputs\":[{\"name\":\"objectionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"byPatient\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"withdrawn\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"objectionCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ownerOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permittingConsent\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"action\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"permitted\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordEmergencyAccess\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"recoverWallet\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revoke\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeEmergencyRole\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setApprovalForAll\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"setEmergencyLimit\",\"inputs\":[{\"name\":\"maxAccesses\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slotKeyOf\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"subjectOf\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"subject\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"retired\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenURI\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdrawObjection\",\"inputs\":[{\"name\":\"objectionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ApprovalForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConsentGranted\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"scope\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConsentRevoked\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"revokedAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EmergencyAccess\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accessor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"at\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EmergencyLimitSet\",\"inputs\":[{\"name\":\"maxAccesses\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"window\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GuardianAppointed\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GuardianRemoved\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ObjectionRecorded\",\"inputs\":[{\"name\":\"objectionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ObjectionWithdrawn\",\"inputs\":[{\"name\":\"objectionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WalletRecovered\",\"inputs\":[{\"name\":\"subject\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oldWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyObjected\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"AlreadyRevoked\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ConsentSuperseded\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721IncorrectOwner\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InsufficientApproval\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721NonexistentToken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmergencyRateLimited\",\"inputs\":[{\"name\":\"accessor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"retryAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"GuardianExists\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GuardianNotFound\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GuardianSelfGrant\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidActions\",\"inputs\":[{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidEmergencyLimit\",\"inputs\":[{\"name\":\"maxAccesses\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidExpiry\",\"inputs\":[{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"InvalidGrantee\",\"inputs\":[{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidPatient\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidPurposes\",\"inputs\":[{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"InvalidRecovery\",\"inputs\":[{\"name\":\"oldWallet\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"newWallet\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"MissingReason\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotEmergencyResponder\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotFreshWallet\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotPatientOrGuardian\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ObjectionAlreadyWithdrawn\",\"inputs\":[{\"name\":\"objectionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PatientObjection\",\"inputs\":[{\"name\":\"objectionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ResearchNeedsPatient\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"researchPurposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"SoulboundToken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyConsents\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownConsent\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownObjection\",\"inputs\":[{\"name\":\"objectionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WalletRetired\",\"inputs\":[{\"name\":\"wallet\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	Bin: "0x60e0604052601e60a052610e1060c052601280546001600160401b031916650e100000001e179055348015610032575f5ffd5b5060405161543f38038061543f8339810160408190526100519161029a565b826040518060400160405280601581526020017f426576616e2050617469656e7420436f6e73656e740000000000000000000000815250604051806040016040528060088152602001671090d3d394d1539560c21b815250815f90816100b7919061040b565b5060016100c4828261040b565b5050506001600160a01b03166080526100dd5f83610144565b505f5b815181101561013b576101327fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b2683838151811061011f5761011f6104c5565b602002602001015161014460201b60201c565b506001016100e0565b50505050610538565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff166101e9575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101a16101f2565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101ec565b505f5b92915050565b5f6101fb610200565b905090565b5f366014808210801590610218575061021833610246565b1561023e5761022b36828403815f6104d9565b61023491610500565b60601c9250505090565b339250505090565b5f61025060805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b0381168114610281575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f606084860312156102ac575f5ffd5b6102b58461026b565b92506102c36020850161026b565b60408501519092506001600160401b038111156102de575f5ffd5b8401601f810186136102ee575f5ffd5b80516001600160401b0381111561030757610307610286565b604051600582901b90603f8201601f191681016001600160401b038111828210171561033557610335610286565b604052918252602081840181019290810189841115610352575f5ffd5b6020850194505b838510156103785761036a8561026b565b815260209485019401610359565b50809450505050509250925092565b600181811c9082168061039b57607f821691505b6020821081036103b957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561040657805f5260205f20601f840160051c810160208510156103e45750805b601f840160051c820191505b81811015610403575f81556001016103f0565b50505b505050565b81516001600160401b0381111561042457610424610286565b610438816104328454610387565b846103bf565b6020601f82116001811461046a575f83156104535750848201515b5f19600385901b1c1916600184901b178455610403565b5f84815260208120601f198516915b828110156104995787850151825560209485019460019092019101610479565b50848210156104b657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156104e7575f5ffd5b838611156104f3575f5ffd5b5050820193919092039150565b80356001600160601b03198116906014841015610531576001600160601b0319601485900360031b81901b82161691505b5092915050565b608051614ee161055e5f395f818161083101528181610901015261434f0152614ee15ff3fe608060405234801561000f575f5ffd5b506004361061056a575f3560e01c80637da0a877116102d0578063b45a3c0e11610187578063d547741f116100e8578063e985e9c51161009e578063eca261e311610079578063eca261e314610cb2578063ecd2722a14610cc5578063faf8c2f514610703575f5ffd5b8063e985e9c514610c64578063ec0e348414610c9f578063ec1ce32f1461092d575f5ffd5b8063ddbc4782116100ce578063ddbc4782146105af578063dde4320d14610c51578063e7d0f187146108b6575f5ffd5b8063d547741f14610c08578063d778c47914610c1b575f5ffd5b8063bc772c4b1161013d578063c87b56dd11610123578063c87b56dd14610bd8578063d0a41b7414610beb578063d4ee973414610bf5575f5ffd5b8063bc772c4b14610bc8578063c30625c014610bd0575f5ffd5b8063b9ab8bd71161016d578063b9ab8bd714610b48578063ba6a840614610b6f578063bb1ee61c14610bc0575f5ffd5b8063b45a3c0e14610b22578063b88d4fde14610b35575f5ffd5b80639c11053311610231578063a34c4bfc116101e7578063acef2efc116101cd578063acef2efc14610a71578063ae0839db14610a84578063b166e60514610b0f575f5ffd5b8063a34c4bfc14610a56578063ab94e02314610a69575f5ffd5b80639f99e29f116102175780639f99e29f14610a34578063a217fddf14610a3c578063a22cb46514610a43575f5ffd5b80639c110533146109cc5780639eef6ce8146109d4575f5ffd5b806384905517116102865780638da630151161026c5780638da630151461097957806391d148541461098c57806395d89b41146109c4575f5ffd5b8063849055171461095d5780638c9a712214610966575f5ffd5b806380efca6e116102b657806380efca6e1461092d57806381c979ae1461093557806382a448471461093d575f5ffd5b80637da0a877146108ff5780637ebb7f0814610925575f5ffd5b80633622ed8e116104245780635b6897cc116103855780636dd7f5d71161033b57806370a082311161032157806370a08231146108c657806371404156146108d957806378228c1f146108ec575f5ffd5b80636dd7f5d7146108b65780636ec1990b146108be575f5ffd5b80635d4192571161036b5780635d4192571461071e5780636352211e146108a35780636c53b63f14610596575f5ffd5b80635b6897cc146108935780635c140c651461089b575f5ffd5b806342842e0e116103da5780634ad17ad4116103c05780634ad17ad41461080e578063572b6c051461082157806358e90e8c14610861575f5ffd5b806342842e0e146107f357806348434d9314610806575f5ffd5b80633c5361801161040a5780633c536180146107ad5780633e9fb41b146107b657806342010416146107c9575f5ffd5b80633622ed8e1461074d57806336568abe1461079a575f5ffd5b80631e63b4b2116104ce578063248a9ca3116104845780632f2ff15d1161046a5780632f2ff15d1461070b5780632fc10cc31461071e57806331993a1c14610726575f5ffd5b8063248a9ca3146106e15780632777138514610703575f5ffd5b806320c5429b116104b457806320c5429b1461069457806320df4359146106a757806323b872dd146106ce575f5ffd5b80631e63b4b214610679578063208f8d9514610681575f5ffd5b8063095ea7b3116105235780630e94177b116105095780630e94177b146106145780630f18f0381461063a578063191a149e14610658575f5ffd5b8063095ea7b3146105f75780630993cf271461060c575f5ffd5b806305d437ad1161055357806305d437ad146105af57806306fdde03146105b7578063081812fc146105cc575f5ffd5b806301ffc9a71461056e578063037ed2a414610596575b5f5ffd5b61058161057c3660046147c1565b610ccd565b60405190151581526020015b60405180910390f35b61059d5f81565b60405160ff909116815260200161058d565b61059d600381565b6105bf610cec565b60405161058d919061480a565b6105df6105da36600461481c565b610d7b565b6040516001600160a01b03909116815260200161058d565b61060a61060536600461484e565b610da2565b005b61059d600a81565b610627610622366004614876565b610ddc565b60405161ffff909116815260200161058d565b610643610e1081565b60405163ffffffff909116815260200161058d565b61066b610666366004614876565b610e29565b60405190815260200161058d565b61059d600c81565b61058161068f3660046148b7565b610ec5565b61060a6106a236600461481c565b610ee0565b61066b7fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b2681565b61060a6106dc366004614908565b611020565b61066b6106ef36600461481c565b5f9081526006602052604090206001015490565b61059d600181565b61060a610719366004614942565b6110e2565b61059d600581565b61066b7f0acf805600123ef007091da3b3ffb39474074c656c127aa68cb0ffec232a8ff881565b61077d6040805180820190915260125463ffffffff80821680845264010000000090920416602090920182905291565b6040805163ffffffff93841681529290911660208301520161058d565b61060a6107a8366004614942565b611106565b61062761148781565b61066b6107c4366004614974565b611167565b6107dc6107d73660046148b7565b6118b0565b60408051921515835260208301919091520161058d565b61060a610801366004614908565b611c9f565b61059d600881565b61060a61081c3660046149fe565b611cb9565b61058161082f366004614a26565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b61087461086f366004614a26565b611dc4565b604080516001600160a01b03909316835290151560208301520161058d565b61059d600b81565b610643601e81565b6105df6108b136600461481c565b611e4e565b61059d600281565b61059d600781565b61066b6108d4366004614a26565b611e58565b61060a6108e7366004614a26565b611edc565b61060a6108fa366004614876565b612070565b7f00000000000000000000000000000000000000000000000000000000000000006105df565b61059d600981565b61059d600481565b610627602081565b61095061094b366004614a26565b61223a565b60405161058d9190614a3f565b61066b60115481565b6105df610974366004614a26565b61226f565b61066b610987366004614a8a565b612279565b61058161099a366004614942565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6105bf61233d565b61059d600d81565b6109e76109e236600461481c565b61234c565b604080516001600160a01b03978816815296909516602087015261ffff9093169385019390935260ff16606084015265ffffffffffff9091166080830152151560a082015260c00161058d565b610643603c81565b61066b5f81565b61060a610a51366004614aca565b612539565b61060a610a6436600461481c565b61256d565b61062761279f565b61060a610a7f366004614a26565b6127af565b61066b610a92366004614a8a565b6040516bffffffffffffffffffffffff19606085811b8216602084015284901b1660348201527fffff00000000000000000000000000000000000000000000000000000000000060f083901b1660488201525f9061ffff1990604a0160408051601f19818403018152919052805160209091012016949350505050565b610581610b1d366004614a26565b612848565b610581610b3036600461481c565b612915565b61060a610b43366004614b30565b612928565b61066b7f24608d8c5bba489a517dd2e7cffdd682036dafe245c7a45bacb130dfee7c1fc981565b610b82610b7d36600461481c565b612947565b604080516001600160a01b03968716815295909416602086015261ffff9092169284019290925290151560608301521515608082015260a00161058d565b61059d600e81565b610627601881565b61059d600681565b6105bf610be636600461481c565b612a1b565b61064362278d0081565b610581610c03366004614876565b612a8b565b61060a610c16366004614942565b612ae9565b610c2e610c29366004614a26565b612b0d565b6040805163ffffffff909316835265ffffffffffff90911660208301520161058d565b61060a610c5f366004614a26565b612bfd565b610581610c72366004614876565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b61060a610cad36600461484e565b612d55565b61066b610cc0366004614a8a565b612fce565b61059d613373565b5f610cd78261337f565b80610ce65750610ce6826133d4565b92915050565b60605f8054610cfa90614c0e565b80601f0160208091040260200160405190810160405280929190818152602001828054610d2690614c0e565b8015610d715780601f10610d4857610100808354040283529160200191610d71565b820191905f5260205f20905b815481529060010190602001808311610d5457829003601f168201915b5050505050905090565b5f610d8582613429565b505f828152600460205260409020546001600160a01b0316610ce6565b6040517f60a262a5000000000000000000000000000000000000000000000000000000008152600481018290526024015b60405180910390fd5b5f610e22610de98461347a565b6001600160a01b039081165f908152600d6020908152604080832083805290915280822054928616825290205461ffff90811691161790565b9392505050565b5f60075f610e8a610e398661347a565b604080516bffffffffffffffffffffffff19606093841b81166020808401919091529389901b1660348201525f60488201528151808203602a018152604a909101909152805191012061ffff191690565b815260208101919091526040015f20547c0100000000000000000000000000000000000000000000000000000000900461ffff169392505050565b5f5f610ed3868686866118b0565b509150505b949350505050565b5f818152600f60205260409020546001600160a01b031680610f31576040517fd66089fb00000000000000000000000000000000000000000000000000000000815260048101839052602401610dd3565b6001600160a01b038181165f908152600e6020526040902080549091811690600160a01b900460ff1681610f63578391505b5f81610f6f5784610f8a565b6001600160a01b038084165f90815260106020526040902054165b90505f610f956134a9565b9050610fa28285836134b7565b61ffff1987165f908152600760205260408120610fc0908987613569565b6040805165ffffffffffff421681526001600160a01b038581166020830152929350828416928616918b917fdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134910160405180910390a45050505050505050565b6001600160a01b038216611062576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f6004820152602401610dd3565b5f61107583836110706134a9565b613794565b9050836001600160a01b0316816001600160a01b0316146110dc576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0380861660048301526024820184905282166044820152606401610dd3565b50505050565b5f828152600660205260409020600101546110fc816138e4565b6110dc83836138f8565b61110e6134a9565b6001600160a01b0316816001600160a01b031614611158576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61116282826139c2565b505050565b5f5f6111716134a9565b90505f61117e8983613a83565b90506001600160a01b03828116818b1614159089166111d4576040517f042ab5da0000000000000000000000000000000000000000000000000000000081526001600160a01b038a166004820152602401610dd3565b8080156111f25750826001600160a01b0316896001600160a01b0316145b1561123c576040517fc9db5fc50000000000000000000000000000000000000000000000000000000081526001600160a01b03808c16600483015284166024820152604401610dd3565b61ffff8816158061126057506112556001614000614c8c565b19881661ffff165f14155b1561129d576040517f83ec8b9900000000000000000000000000000000000000000000000000000000815261ffff89166004820152602401610dd3565b8080156112ac57506018881615155b156112ff576040517fe34ea58b0000000000000000000000000000000000000000000000000000000081526001600160a01b03808c16600483015284166024820152601889166044820152606401610dd3565b60ff87161580611320575061131660016020614c8c565b19871660ff165f14155b1561135c576040517f5f7856c900000000000000000000000000000000000000000000000000000000815260ff88166004820152602401610dd3565b65ffffffffffff8616158015906113915750428665ffffffffffff16111580611391575064ffffffffff65ffffffffffff8716115b156113d2576040517f71944efe00000000000000000000000000000000000000000000000000000000815265ffffffffffff87166004820152602401610dd3565b5f816113de57876113e3565b604088175b60408051606086811b6bffffffffffffffffffffffff19908116602080850191909152918f901b1660348301525f604883018190528351602a818503018152604a90930190935281519101209192509061ffff19165f818152600760205260408120549192507c010000000000000000000000000000000000000000000000000000000090910461ffff1690819003611519575f8281526007602052604090206001600160a01b038d1675ffff000000000000000000000000000000000000000060a08e901b161776ff0000000000000000000000000000000000000000000060b086901b16177bffffffffff000000000000000000000000000000000000000000000060b88c901b16177c01000000000000000000000000000000000000000000000000000000001790559095508590611762565b602061ffff82161015611694576115a9858d836040516bffffffffffffffffffffffff19606085811b8216602084015284901b1660348201527fffff00000000000000000000000000000000000000000000000000000000000060f083901b1660488201525f9061ffff1990604a0160408051601f19818403018152919052805160209091012016949350505050565b5f8181526007602052604090206001600160a01b038e1675ffff000000000000000000000000000000000000000060a08f901b161776ff0000000000000000000000000000000000000000000060b087901b16177bffffffffff000000000000000000000000000000000000000000000060b88d901b161790559650611630816001614c9f565b5f838152600760205260409020805461ffff929092167c0100000000000000000000000000000000000000000000000000000000027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff909216919091179055611762565b5f6116a1868e8585613ae5565b5f81815260076020526040812054919250906116e4907e01000000000000000000000000000000000000000000000000000000000000900461ffff166001614c9f565b5f83815260076020526040902090915061175a908f8f888f898814611709575f61170b565b885b875f60f08261ffff16901b60e08461ffff16901b60b88664ffffffffff16901b60b08860ff16901b60a08a61ffff16901b8b6001600160a01b0316171717171790508088555050505050505050565b61ffff161796505b83156117f1576040805180820182526001600160a01b038881168083528882165f908152600a60209081528582209282529182528481205463ffffffff9081168386019081528d8352600990935294902092518354915192167fffffffffffffffff00000000000000000000000000000000000000000000000090911617600160a01b91909316029190911790555b6117fb8d88613cdb565b6040518781527f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a16119060200160405180910390a16040805161ffff8d16815260ff8c16602082015265ffffffffffff8b1691810191909152606081018990526001600160a01b038781166080830152808e1691908f169089907f81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b9060a00160405180910390a45050505050509695505050505050565b5f80600e60ff85161015806118c95750600560ff841610155b156118d857505f905080611c96565b6001600160a01b038681165f908152600e6020908152604091829020825160608101845290549384168152600160a01b840460ff161580159282019290925275010000000000000000000000000000000000000000009093046affffffffffffffffffffff1691830191909152611955575f5f9250925050611c96565b80515f906001600160a01b03161561196e578151611970565b875b6001600160a01b038181165f908152600d6020908152604080832083805290915280822054928b16825290205491925061ffff91821691161760ff87161c600190811690036119c6575f5f935093505050611c96565b60408051606083811b6bffffffffffffffffffffffff19908116602080850191909152918b901b1660348301525f604883018190528351602a818503018152604a840180865281519184019190912061ffff191680835260079093529084902061010a840190945292546001600160a01b038116845261ffff600160a01b82048116606a85015260ff760100000000000000000000000000000000000000000000830416608a85015264ffffffffff7701000000000000000000000000000000000000000000000083041660aa8501527c01000000000000000000000000000000000000000000000000000000008204811660ca85018190527e010000000000000000000000000000000000000000000000000000000000009092041660ea9093019290925291905b61ffff811615611c8a575f8161ffff16600114611b1b57611b16858c610a92600186614cb9565b611b1d565b835b90505f8261ffff16600114611c06575f82815260076020908152604091829020825160c08101845290546001600160a01b038116825261ffff600160a01b820481169383019390935260ff7601000000000000000000000000000000000000000000008204169382019390935264ffffffffff7701000000000000000000000000000000000000000000000084041660608201527c01000000000000000000000000000000000000000000000000000000008304821660808201527e010000000000000000000000000000000000000000000000000000000000009092041660a0820152611c08565b835b90508a60ff16816020015161ffff16901c60011661ffff166001148015611c4257508960ff16816040015160ff16901c60011660ff166001145b15611c775760a081015161ffff168217611c5d878284613d6e565b15611c7557600199509750611c969650505050505050565b505b505080611c8390614cd3565b9050611aef565b505f5f95509550505050505b94509492505050565b61116283838360405180602001604052805f815250612928565b5f611cc3816138e4565b63ffffffff83161580611cdc5750603c63ffffffff8316105b80611cef575062278d0063ffffffff8316115b15611d36576040517f5eb5f74100000000000000000000000000000000000000000000000000000000815263ffffffff808516600483015283166024820152604401610dd3565b60408051808201825263ffffffff8581168083529085166020928301819052601280547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016831764010000000083021790558351918252918101919091527f9044aeee1742d4dd4c25c919534941090f468a4089ac9a5d0616604f6d4735f9910160405180910390a1505050565b6001600160a01b038181165f908152600e6020908152604080832081516060810183529054948516808252600160a01b860460ff1615159382019390935275010000000000000000000000000000000000000000009094046affffffffffffffffffffff16908401529091829115611e3d578051611e3f565b835b81602001519250925050915091565b5f610ce682613429565b5f6001600160a01b038216611e9b576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f6004820152602401610dd3565b506001600160a01b03165f908152600e6020526040902054750100000000000000000000000000000000000000000090046affffffffffffffffffffff1690565b5f611ee56134a9565b90505f611ef182613dc9565b6001600160a01b0381165f908152600860205260409020909150611f159084613e8d565b611f5e576040517f925f444b0000000000000000000000000000000000000000000000000000000081526001600160a01b03808416600483015284166024820152604401610dd3565b6001600160a01b038181165f818152600a6020908152604080832094881680845294825280832054938352600b825280832094835293815283822063ffffffff9093168083529290529190912080547fffffffffffffffffffffffffffffffffffffffffffffffffffff000000000000164265ffffffffffff16179055611fe6816001614d0e565b6001600160a01b038381165f908152600a60209081526040808320898516808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff96909616959095179094559251918616917fee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b9190a350505050565b7f0acf805600123ef007091da3b3ffb39474074c656c127aa68cb0ffec232a8ff861209a816138e4565b6001600160a01b03831615806120b757506001600160a01b038216155b806120d35750816001600160a01b0316836001600160a01b0316145b1561211d576040517fbffba2aa0000000000000000000000000000000000000000000000000000000081526001600160a01b03808516600483015283166024820152604401610dd3565b5f61212784613dc9565b905061213283612848565b612173576040517fadce5f9b0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610dd3565b6001600160a01b038085165f818152600e6020908152604080832080547fffffffffffffffffffffff00000000000000000000000000000000000000000016878716908117600160a01b17825595891680855282852080547fffffffffffffffffffffffff00000000000000000000000000000000000000009081168917909155878652601090945282852080549094168117909355905190949193927f45f7fbac61d7ff60d8103f50b3c66a224166a4f20d04ec58b7e5316bfbd0d3d591a45050505050565b6060610ce660085f61224b8561347a565b6001600160a01b03166001600160a01b031681526020019081526020015f20613ea1565b5f610ce682613ead565b5f5f6122fe6122878661347a565b604080516bffffffffffffffffffffffff19606093841b81166020808401919091529389901b1660348201527fffff00000000000000000000000000000000000000000000000000000000000060f088901b1660488201528151808203602a018152604a909101909152805191012061ffff191690565b5f818152600760205260409020547e01000000000000000000000000000000000000000000000000000000000000900461ffff16179150509392505050565b606060018054610cfa90614c0e565b5f5f5f5f5f5f5f61235c88613429565b905061236781613ead565b61ffff1989165f90815260076020908152604091829020825160c08101845290546001600160a01b038116825261ffff600160a01b8204811693830193909352760100000000000000000000000000000000000000000000810460ff169382019390935277010000000000000000000000000000000000000000000000830464ffffffffff1660608201527c01000000000000000000000000000000000000000000000000000000008304821660808201527e01000000000000000000000000000000000000000000000000000000000000909204811660a083018190529299509091908a1614612487576040517f9831bd0a000000000000000000000000000000000000000000000000000000008152600481018a9052602401610dd3565b6060810151604082015164ffffffffff9091169450608016151592505f6124bb6124b08461347a565b8b8460400151613f43565b9050831580156124d2575065ffffffffffff811615155b15612508576001935065ffffffffffff851615806124ff57508065ffffffffffff168565ffffffffffff16115b15612508578094505b81516020808401518b929161251f90600190614c8c565b856040015116985098509850985050505091939550919395565b6040517f60a262a50000000000000000000000000000000000000000000000000000000081525f6004820152602401610dd3565b5f818152600c6020526040902080546001600160a01b0316806125bf576040517fa1f75c5500000000000000000000000000000000000000000000000000000000815260048101849052602401610dd3565b5f6125c982613ead565b90505f6125d46134a9565b90506125e08282613a83565b50835477010000000000000000000000000000000000000000000000900460ff161561263b576040517f5d1f62fc00000000000000000000000000000000000000000000000000000000815260048101869052602401610dd3565b816001600160a01b0316816001600160a01b03161415801561267857508354760100000000000000000000000000000000000000000000900460ff165b156126c1576040517fb8b2ee51000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0382166024820152604401610dd3565b83547fffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffff16770100000000000000000000000000000000000000000000001780855560018501546001600160a01b038581165f908152600d6020908152604080832094841680845294825291829020805461ffff19811661ffff600160a01b9098048816801990921690971696909617905581518581528684169181019190915292939284928716918a917f442bbd8853da6b2784a5d61a6ed573323ff80c6e0ac3d434070c79f58cabc3cc910160405180910390a450505050505050565b6127ac6001614000614c8c565b81565b7f24608d8c5bba489a517dd2e7cffdd682036dafe245c7a45bacb130dfee7c1fc96127d9816138e4565b6128037fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b26836139c2565b612844576040517f37557b830000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610dd3565b5050565b6001600160a01b038181165f818152600e60209081526040808320815160608101835290549586168152600160a01b860460ff1615159281019290925275010000000000000000000000000000000000000000009094046affffffffffffffffffffff16938101939093529190158015906128cb575080516001600160a01b0316155b80156128e6575060408101516affffffffffffffffffffff16155b8015610e2257506001600160a01b0383165f90815260086020526040902061290d90613fbe565b159392505050565b5f61291f82613429565b50600192915050565b612933848484611020565b6110dc61293e6134a9565b85858585613fc7565b5f818152600c60205260408120805482918291829182916001600160a01b03166129a0576040517fa1f75c5500000000000000000000000000000000000000000000000000000000815260048101889052602401610dd3565b80546129b4906001600160a01b0316613ead565b6001820154915490986001600160a01b03909216975061ffff600160a01b820416965060ff76010000000000000000000000000000000000000000000082048116965077010000000000000000000000000000000000000000000000909104169350915050565b6060612a2682613429565b505f612a3c60408051602081019091525f815290565b90505f815111612a5a5760405180602001604052805f815250610e22565b80612a648461416b565b604051602001612a75929190614d41565b6040516020818303038152906040529392505050565b5f612aba8260085f612a9c8761347a565b6001600160a01b0316815260208101919091526040015f2090614227565b8015610e225750506001600160a01b03165f908152600e6020526040902054600160a01b900460ff1615919050565b5f82815260066020526040902060010154612b03816138e4565b6110dc83836139c2565b60408051808201825260125463ffffffff8082168352640100000000909104811660208084019182526001600160a01b0386165f9081526013825285812086518088019097525465ffffffffffff811680885266010000000000009091048516928701929092529151919485949390928592612b8d929190911690614d55565b825190915065ffffffffffff161580612bae57508065ffffffffffff164210155b15612bbf57505051935f9350915050565b825f015163ffffffff16826020015163ffffffff161015612bf05760208201518351612beb9190614d73565b612bf2565b5f5b969095509350505050565b5f612c066134a9565b90505f612c1282613dc9565b90506001600160a01b0383161580612c3b5750816001600160a01b0316836001600160a01b0316145b80612c6457506001600160a01b0383165f908152600e6020526040902054600160a01b900460ff165b15612ca6576040517ff38d406d0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610dd3565b6001600160a01b0381165f908152600860205260409020612cc79084614248565b612d10576040517f386903270000000000000000000000000000000000000000000000000000000081526001600160a01b03808416600483015284166024820152604401610dd3565b826001600160a01b0316826001600160a01b03167f17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f46260405160405180910390a3505050565b7fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b26612d7f816138e4565b6001600160a01b038316612dca576040517f392a50d50000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610dd3565b81612e01576040517fb56dc2fa00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f612e0a6134a9565b60408051808201825260125463ffffffff8082168352640100000000909104811660208084019182526001600160a01b0386165f9081526013909152938420905181549596504295939491939192612e6c9291169065ffffffffffff16614d55565b90508065ffffffffffff168465ffffffffffff1610612ec35781547fffffffffffffffffffffffffffffffffffffffffffff000000000000000000001665ffffffffffff8516176601000000000000178255612f74565b8154835163ffffffff6601000000000000909204821691168110612f2c576040517fcb5045080000000000000000000000000000000000000000000000000000000081526001600160a01b038716600482015265ffffffffffff83166024820152604401610dd3565b612f37816001614d0e565b835463ffffffff919091166601000000000000027fffffffffffffffffffffffffffffffffffffffffffff00000000ffffffffffff909116178355505b6040805188815265ffffffffffff861660208201526001600160a01b0380881692908b16917fe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60910160405180910390a35050505050505050565b5f5f612fd86134a9565b90505f612fe58683613a83565b905061ffff8416158061300b57506130006001614000614c8c565b19841661ffff165f14155b15613048576040517f83ec8b9900000000000000000000000000000000000000000000000000000000815261ffff85166004820152602401610dd3565b6001600160a01b038281169087161480158161306657506018851615155b156130b9576040517fe34ea58b0000000000000000000000000000000000000000000000000000000081526001600160a01b03808916600483015284166024820152601886166044820152606401610dd3565b6001600160a01b038083165f908152600d60209081526040808320938a168352929052205461ffff808216918716161561313e576040517fbb8abf980000000000000000000000000000000000000000000000000000000081526001600160a01b03808a1660048301528816602482015261ffff828816166044820152606401610dd3565b6001600160a01b038381165f818152600d602090815260408083208c861684529091529020805461ffff191689851761ffff1617905590891614801561319b57506001600160a01b038881165f908152600e602052604090205416155b156131e1576001600160a01b0388165f818152600e6020526040902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001690911790555b60115f81546131ef90614d8f565b91905081905594506040518060a00160405280846001600160a01b031681526020018761ffff16815260200183151581526020015f15158152602001886001600160a01b0316815250600c5f8781526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548161ffff021916908361ffff1602179055506040820151815f0160166101000a81548160ff0219169083151502179055506060820151815f0160176101000a81548160ff0219169083151502179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550905050866001600160a01b0316886001600160a01b0316867f68bb96a309f3a451e8a7fe4bd0843482ef34f3c4a759c5676afee3a878a28f9a898860405161336092919061ffff9290921682526001600160a01b0316602082015260400190565b60405180910390a4505050509392505050565b6127ac60016020614c8c565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167fb45a3c0e000000000000000000000000000000000000000000000000000000001480610ce65750610ce68261425c565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b000000000000000000000000000000000000000000000000000000001480610ce65750610ce68261337f565b5f818152600f60205260408120546001600160a01b031680610ce6576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101849052602401610dd3565b6001600160a01b038082165f908152600e602052604081205490911680156134a25780610e22565b5090919050565b5f6134b261433e565b905090565b826001600160a01b0316816001600160a01b03161415801561351f57506001600160a01b0382165f9081526008602052604090206134f59082614227565b158061351f57506001600160a01b0381165f908152600e6020526040902054600160a01b900460ff165b15611162576040517f315f9f760000000000000000000000000000000000000000000000000000000081526001600160a01b03808516600483015282166024820152604401610dd3565b82546001600160a01b0381169061ffff600160a01b820481169160ff7601000000000000000000000000000000000000000000008204169164ffffffffff77010000000000000000000000000000000000000000000000830416917c010000000000000000000000000000000000000000000000000000000081048216917e010000000000000000000000000000000000000000000000000000000000009091048116908816811461364a576040517f9831bd0a00000000000000000000000000000000000000000000000000000000815260048101899052602401610dd3565b6080841615158061366c5750613661878986613f43565b65ffffffffffff1615155b156136a6576040517fe80455f500000000000000000000000000000000000000000000000000000000815260048101899052602401610dd3565b65ffffffffffff831615806136c25750428365ffffffffffff16115b156136cb574292505b6001600160a01b03861675ffff000000000000000000000000000000000000000060a087901b161776ff000000000000000000000000000000000000000000006080861760b01b16177bffffffffff000000000000000000000000000000000000000000000060b885901b16177dffff0000000000000000000000000000000000000000000000000000000060e084901b16177fffff00000000000000000000000000000000000000000000000000000000000060f083901b1617895550505050509392505050565b5f828152600f60205260409020546001600160a01b03908116908216156137c0576137c08183856143a8565b6001600160a01b0381161515806137de57506001600160a01b038416155b15613818576040517f60a262a500000000000000000000000000000000000000000000000000000000815260048101849052602401610dd3565b6001600160a01b0384165f818152600e60209081526040808320805460016affffffffffffffffffffff7501000000000000000000000000000000000000000000808404821692909201160274ffffffffffffffffffffffffffffffffffffffffff909116179055868352600f90915280822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000168417905551859291907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a49392505050565b6138f5816138f06134a9565b61443e565b50565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff166139bb575f8381526006602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556139736134a9565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610ce6565b505f610ce6565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff16156139bb575f8381526006602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055613a3b6134a9565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610ce6565b5f6001600160a01b038316613acf576040517f392a50d50000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610dd3565b613ad883613dc9565b9050610ce68382846134b7565b5f805b8261ffff168161ffff161015613c95575f61ffff821615613b7d5760408051606089811b6bffffffffffffffffffffffff19908116602080850191909152918a901b16603483015260f085901b7fffff0000000000000000000000000000000000000000000000000000000000001660488301528251602a818403018152604a909201909252805191012061ffff1916613b7f565b845b5f81815260076020908152604091829020825160c08101845290546001600160a01b038116825261ffff600160a01b820481169383019390935260ff7601000000000000000000000000000000000000000000008204169382019390935264ffffffffff7701000000000000000000000000000000000000000000000084041660608201527c01000000000000000000000000000000000000000000000000000000008304821660808201527e01000000000000000000000000000000000000000000000000000000000000909204811660a08301819052929350909114801590613c7c5750613c7a888260a0015161ffff16841783613d6e565b155b15613c8b57509150610ed89050565b5050600101613ae8565b506040517f3053041f0000000000000000000000000000000000000000000000000000000081526001600160a01b03808716600483015285166024820152604401610dd3565b6001600160a01b038216613d1d576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f6004820152602401610dd3565b5f613d2983835f613794565b90506001600160a01b03811615611162576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610dd3565b60408101515f90608016158015613da25750606082015164ffffffffff161580613da25750816060015164ffffffffff1642105b8015610ed85750613db884848460400151613f43565b65ffffffffffff1615949350505050565b6001600160a01b038181165f908152600e60209081526040808320815160608101835290549485168152600160a01b850460ff161580159382019390935275010000000000000000000000000000000000000000009094046affffffffffffffffffffff1690840152909190613e76576040517f5f87fba00000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610dd3565b80516001600160a01b0316156134a2578051610e22565b5f610e22836001600160a01b0384166144ab565b60605f610e2283614595565b6001600160a01b038181165f908152600e60209081526040808320815160608101835290549485168152600160a01b850460ff16151592810183905275010000000000000000000000000000000000000000009094046affffffffffffffffffffff1690840152909190613f22575090919050565b516001600160a01b039081165f908152601060205260409020541692915050565b5f604082168103613f5557505f610e22565b50505f9081526009602090815260408083208151808301835290546001600160a01b03808216835263ffffffff600160a01b90920482168386019081529681168652600b855283862092511685529083528184209451168352929052205465ffffffffffff1690565b5f610ce6825490565b6001600160a01b0383163b15614164576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a0290614022908890889087908790600401614dc6565b6020604051808303815f875af192505050801561405c575060408051601f3d908101601f1916820190925261405991810190614e06565b60015b6140dc573d808015614089576040519150601f19603f3d011682016040523d82523d5f602084013e61408e565b606091505b5080515f036140d4576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610dd3565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a020000000000000000000000000000000000000000000000000000000014614162576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610dd3565b505b5050505050565b60605f614177836145ee565b60010190505f8167ffffffffffffffff81111561419657614196614b03565b6040519080825280601f01601f1916602001820160405280156141c0576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a85049450846141ca57509392505050565b6001600160a01b0381165f9081526001830160205260408120541515610e22565b5f610e22836001600160a01b0384166146cf565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd0000000000000000000000000000000000000000000000000000000014806142ee57507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b80610ce657507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610ce6565b5f36601480821080159061437a57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156143a05761438d36828403815f614e21565b61439691614e48565b60601c9250505090565b339250505090565b6143b3838383614714565b611162576001600160a01b0383166143fa576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101829052602401610dd3565b6040517f177e802f0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260248101829052604401610dd3565b5f8281526006602090815260408083206001600160a01b038516845290915290205460ff16612844576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610dd3565b5f8181526001830160205260408120548015614585575f6144cd600183614c8c565b85549091505f906144e090600190614c8c565b905080821461453f575f865f0182815481106144fe576144fe614e87565b905f5260205f200154905080875f01848154811061451e5761451e614e87565b5f918252602080832090910192909255918252600188019052604090208390555b855486908061455057614550614eb4565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610ce6565b5f915050610ce6565b5092915050565b6060815f018054806020026020016040519081016040528092919081815260200182805480156145e257602002820191905f5260205f20905b8154815260200190600101908083116145ce575b50505050509050919050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310614636577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310614662576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061468057662386f26fc10000830492506010015b6305f5e1008310614698576305f5e100830492506008015b61271083106146ac57612710830492506004015b606483106146be576064830492506002015b600a8310610ce65760010192915050565b5f8181526001830160205260408120546139bb57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610ce6565b5f6001600160a01b03831615801590610ed85750826001600160a01b0316846001600160a01b0316148061476c57506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b80610ed85750505f908152600460205260409020546001600160a01b03908116911614919050565b7fffffffff00000000000000000000000000000000000000000000000000000000811681146138f5575f5ffd5b5f602082840312156147d1575f5ffd5b8135610e2281614794565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e2260208301846147dc565b5f6020828403121561482c575f5ffd5b5035919050565b80356001600160a01b0381168114614849575f5ffd5b919050565b5f5f6040838503121561485f575f5ffd5b61486883614833565b946020939093013593505050565b5f5f60408385031215614887575f5ffd5b61489083614833565b915061489e60208401614833565b90509250929050565b803560ff81168114614849575f5ffd5b5f5f5f5f608085870312156148ca575f5ffd5b6148d385614833565b93506148e160208601614833565b92506148ef604086016148a7565b91506148fd606086016148a7565b905092959194509250565b5f5f5f6060848603121561491a575f5ffd5b61492384614833565b925061493160208501614833565b929592945050506040919091013590565b5f5f60408385031215614953575f5ffd5b8235915061489e60208401614833565b803561ffff81168114614849575f5ffd5b5f5f5f5f5f5f60c08789031215614989575f5ffd5b61499287614833565b95506149a060208801614833565b94506149ae60408801614963565b93506149bc606088016148a7565b9250608087013565ffffffffffff811681146149d6575f5ffd5b9598949750929591949360a090920135925050565b803563ffffffff81168114614849575f5ffd5b5f5f60408385031215614a0f575f5ffd5b614a18836149eb565b915061489e602084016149eb565b5f60208284031215614a36575f5ffd5b610e2282614833565b602080825282518282018190525f918401906040840190835b81811015614a7f5783516001600160a01b0316835260209384019390920191600101614a58565b509095945050505050565b5f5f5f60608486031215614a9c575f5ffd5b614aa584614833565b9250614ab360208501614833565b9150614ac160408501614963565b90509250925092565b5f5f60408385031215614adb575f5ffd5b614ae483614833565b915060208301358015158114614af8575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f60808587031215614b43575f5ffd5b614b4c85614833565b9350614b5a60208601614833565b925060408501359150606085013567ffffffffffffffff811115614b7c575f5ffd5b8501601f81018713614b8c575f5ffd5b803567ffffffffffffffff811115614ba657614ba6614b03565b604051601f19603f601f19601f8501160116810181811067ffffffffffffffff82111715614bd657614bd6614b03565b604052818152828201602001891015614bed575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b600181811c90821680614c2257607f821691505b602082108103614c59577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610ce657610ce6614c5f565b61ffff8181168382160190811115610ce657610ce6614c5f565b61ffff8281168282160390811115610ce657610ce6614c5f565b5f61ffff821680614ce657614ce6614c5f565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b63ffffffff8181168382160190811115610ce657610ce6614c5f565b5f81518060208401855e5f93019283525090919050565b5f610ed8614d4f8386614d2a565b84614d2a565b65ffffffffffff8181168382160190811115610ce657610ce6614c5f565b63ffffffff8281168282160390811115610ce657610ce6614c5f565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203614dbf57614dbf614c5f565b5060010190565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f614dfc60808301846147dc565b9695505050505050565b5f60208284031215614e16575f5ffd5b8151610e2281614794565b5f5f85851115614e2f575f5ffd5b83861115614e3b575f5ffd5b5050820193919092039150565b80356bffffffffffffffffffffffff19811690601484101561458e576bffffffffffffffffffffffff19808560140360031b1b82161691505092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd",
}

// ConsentRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ConsentRegistryMetaData.ABI instead.
var ConsentRegistryABI = ConsentRegistryMetaData.ABI

// ConsentRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ConsentRegistryMetaData.Bin instead.
var ConsentRegistryBin = ConsentRegistryMetaData.Bin

// DeployConsentRegistry deploys a new Ethereum contract, binding an instance of ConsentRegistry to it.
func DeployConsentRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, trustedForwarder common.Address, admin common.Address, emergencyResponders []common.Address) (common.Address, *types.Transaction, *ConsentRegistry, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ConsentRegistryBin), backend, trustedForwarder, admin, emergencyResponders)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ConsentRegistry{ConsentRegistryCaller: ConsentRegistryCaller{contract: contract}, ConsentRegistryTransactor: ConsentRegistryTransactor{contract: contract}, ConsentRegistryFilterer: ConsentRegistryFilterer{contract: contract}}, nil
}

// ConsentRegistry is an auto generated Go binding around an Ethereum contract.
type ConsentRegistry struct {
	ConsentRegistryCaller     // Read-only binding to the contract
	ConsentRegistryTransactor // Write-only binding to the contract
	ConsentRegistryFilterer   // Log filterer for contract events
}

// ConsentRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ConsentRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ConsentRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ConsentRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ConsentRegistrySession struct {
	Contract     *ConsentRegistry  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ConsentRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ConsentRegistryCallerSession struct {
	Contract *ConsentRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ConsentRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ConsentRegistryTransactorSession struct {
	Contract     *ConsentRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ConsentRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ConsentRegistryRaw struct {
	Contract *ConsentRegistry // Generic contract binding to access the raw methods on
}

// ConsentRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ConsentRegistryCallerRaw struct {
	Contract *ConsentRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ConsentRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ConsentRegistryTransactorRaw struct {
	Contract *ConsentRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewConsentRegistry creates a new instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistry(address common.Address, backend bind.ContractBackend) (*ConsentRegistry, error) {
	contract, err := bindConsentRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistry{ConsentRegistryCaller: ConsentRegistryCaller{contract: contract}, ConsentRegistryTransactor: ConsentRegistryTransactor{contract: contract}, ConsentRegistryFilterer: ConsentRegistryFilterer{contract: contract}}, nil
}

// NewConsentRegistryCaller creates a new read-only instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryCaller(address common.Address, caller bind.ContractCaller) (*ConsentRegistryCaller, error) {
	contract, err := bindConsentRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryCaller{contract: contract}, nil
}

// NewConsentRegistryTransactor creates a new write-only instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ConsentRegistryTransactor, error) {
	contract, err := bindConsentRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryTransactor{contract: contract}, nil
}

// NewConsentRegistryFilterer creates a new log filterer instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ConsentRegistryFilterer, error) {
	contract, err := bindConsentRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryFilterer{contract: contract}, nil
}

// bindConsentRegistry binds a generic wrapper to an already deployed contract.
func bindConsentRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConsentRegistry *ConsentRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConsentRegistry.Contract.ConsentRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConsentRegistry *ConsentRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.ConsentRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConsentRegistry *ConsentRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.ConsentRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConsentRegistry *ConsentRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConsentRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConsentRegistry *ConsentRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConsentRegistry *ConsentRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.contract.Transact(opts, method, params...)
}

// ACTIONACCESS is a free data retrieval call binding the contract method 0x27771385.
//
// Solidity: function ACTION_ACCESS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONACCESS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_ACCESS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONACCESS is a free data retrieval call binding the contract method 0x27771385.
//
// Solidity: function ACTION_ACCESS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONACCESS() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONACCESS(&_ConsentRegistry.CallOpts)
}

// ACTIONACCESS is a free data retrieval call binding the contract method 0x27771385.
//
// Solidity: function ACTION_ACCESS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONACCESS() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONACCESS(&_ConsentRegistry.CallOpts)
}

// ACTIONCOLLECT is a free data retrieval call binding the contract method 0x037ed2a4.
//
// Solidity: function ACTION_COLLECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONCOLLECT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_COLLECT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONCOLLECT is a free data retrieval call binding the contract method 0x037ed2a4.
//
// Solidity: function ACTION_COLLECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONCOLLECT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCOLLECT(&_ConsentRegistry.CallOpts)
}

// ACTIONCOLLECT is a free data retrieval call binding the contract method 0x037ed2a4.
//
// Solidity: function ACTION_COLLECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONCOLLECT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCOLLECT(&_ConsentRegistry.CallOpts)
}

// ACTIONCORRECT is a free data retrieval call binding the contract method 0xec1ce32f.
//
// Solidity: function ACTION_CORRECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONCORRECT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_CORRECT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONCORRECT is a free data retrieval call binding the contract method 0xec1ce32f.
//
// Solidity: function ACTION_CORRECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONCORRECT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCORRECT(&_ConsentRegistry.CallOpts)
}

// ACTIONCORRECT is a free data retrieval call binding the contract method 0xec1ce32f.
//
// Solidity: function ACTION_CORRECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONCORRECT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCORRECT(&_ConsentRegistry.CallOpts)
}

// ACTIONCOUNT is a free data retrieval call binding the contract method 0x5d419257.
//
// Solidity: function ACTION_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONCOUNT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_COUNT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONCOUNT is a free data retrieval call binding the contract method 0x5d419257.
//
// Solidity: function ACTION_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONCOUNT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCOUNT(&_ConsentRegistry.CallOpts)
}

// ACTIONCOUNT is a free data retrieval call binding the contract method 0x5d419257.
//
// Solidity: function ACTION_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONCOUNT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCOUNT(&_ConsentRegistry.CallOpts)
}

// ACTIONDISCLOSE is a free data retrieval call binding the contract method 0x05d437ad.
//
// Solidity: function ACTION_DISCLOSE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONDISCLOSE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_DISCLOSE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONDISCLOSE is a free data retrieval call binding the contract method 0x05d437ad.
//
// Solidity: function ACTION_DISCLOSE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONDISCLOSE() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONDISCLOSE(&_ConsentRegistry.CallOpts)
}

// ACTIONDISCLOSE is a free data retrieval call binding the contract method 0x05d437ad.
//
// Solidity: function ACTION_DISCLOSE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONDISCLOSE() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONDISCLOSE(&_ConsentRegistry.CallOpts)
}

// ACTIONUSE is a free data retrieval call binding the contract method 0xe7d0f187.
//
// Solidity: function ACTION_USE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONUSE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_USE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONUSE is a free data retrieval call binding the contract method 0xe7d0f187.
//
// Solidity: function ACTION_USE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONUSE() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONUSE(&_ConsentRegistry.CallOpts)
}

// ACTIONUSE is a free data retrieval call binding the contract method 0xe7d0f187.
//
// Solidity: function ACTION_USE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONUSE() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONUSE(&_ConsentRegistry.CallOpts)
}

// ALLACTIONS is a free data retrieval call binding the contract method 0xecd2722a.
//
// Solidity: function ALL_ACTIONS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ALLACTIONS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ALL_ACTIONS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ALLACTIONS is a free data retrieval call binding the contract method 0xecd2722a.
//
// Solidity: function ALL_ACTIONS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ALLACTIONS() (uint8, error) {
	return _ConsentRegistry.Contract.ALLACTIONS(&_ConsentRegistry.CallOpts)
}

// ALLACTIONS is a free data retrieval call binding the contract method 0xecd2722a.
//
// Solidity: function ALL_ACTIONS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ALLACTIONS() (uint8, error) {
	return _ConsentRegistry.Contract.ALLACTIONS(&_ConsentRegistry.CallOpts)
}

// ALLPURPOSES is a free data retrieval call binding the contract method 0xab94e023.
//
// Solidity: function ALL_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCaller) ALLPURPOSES(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ALL_PURPOSES")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ALLPURPOSES is a free data retrieval call binding the contract method 0xab94e023.
//
// Solidity: function ALL_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistrySession) ALLPURPOSES() (uint16, error) {
	return _ConsentRegistry.Contract.ALLPURPOSES(&_ConsentRegistry.CallOpts)
}

// ALLPURPOSES is a free data retrieval call binding the contract method 0xab94e023.
//
// Solidity: function ALL_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCallerSession) ALLPURPOSES() (uint16, error) {
	return _ConsentRegistry.Contract.ALLPURPOSES(&_ConsentRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.DEFAULTADMINROLE(&_ConsentRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.DEFAULTADMINROLE(&_ConsentRegistry.CallOpts)
}

// DEFAULTEMERGENCYMAXACCESSES is a free data retrieval call binding the contract method 0x5c140c65.
//
// Solidity: function DEFAULT_EMERGENCY_MAX_ACCESSES() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCaller) DEFAULTEMERGENCYMAXACCESSES(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DEFAULT_EMERGENCY_MAX_ACCESSES")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEFAULTEMERGENCYMAXACCESSES is a free data retrieval call binding the contract method 0x5c140c65.
//
// Solidity: function DEFAULT_EMERGENCY_MAX_ACCESSES() view returns(uint32)
func (_ConsentRegistry *ConsentRegistrySession) DEFAULTEMERGENCYMAXACCESSES() (uint32, error) {
	return _ConsentRegistry.Contract.DEFAULTEMERGENCYMAXACCESSES(&_ConsentRegistry.CallOpts)
}

// DEFAULTEMERGENCYMAXACCESSES is a free data retrieval call binding the contract method 0x5c140c65.
//
// Solidity: function DEFAULT_EMERGENCY_MAX_ACCESSES() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DEFAULTEMERGENCYMAXACCESSES() (uint32, error) {
	return _ConsentRegistry.Contract.DEFAULTEMERGENCYMAXACCESSES(&_ConsentRegistry.CallOpts)
}

// DEFAULTEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x0f18f038.
//
// Solidity: function DEFAULT_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCaller) DEFAULTEMERGENCYWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DEFAULT_EMERGENCY_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEFAULTEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x0f18f038.
//
// Solidity: function DEFAULT_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistrySession) DEFAULTEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.DEFAULTEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// DEFAULTEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x0f18f038.
//
// Solidity: function DEFAULT_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DEFAULTEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.DEFAULTEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// DIRECTCAREPURPOSES is a free data retrieval call binding the contract method 0x3c536180.
//
// Solidity: function DIRECT_CARE_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCaller) DIRECTCAREPURPOSES(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DIRECT_CARE_PURPOSES")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// DIRECTCAREPURPOSES is a free data retrieval call binding the contract method 0x3c536180.
//
// Solidity: function DIRECT_CARE_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistrySession) DIRECTCAREPURPOSES() (uint16, error) {
	return _ConsentRegistry.Contract.DIRECTCAREPURPOSES(&_ConsentRegistry.CallOpts)
}

// DIRECTCAREPURPOSES is a free data retrieval call binding the contract method 0x3c536180.
//
// Solidity: function DIRECT_CARE_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCallerSession) DIRECTCAREPURPOSES() (uint16, error) {
	return _ConsentRegistry.Contract.DIRECTCAREPURPOSES(&_ConsentRegistry.CallOpts)
}

// EMERGENCYREVOKERROLE is a free data retrieval call binding the contract method 0xb9ab8bd7.
//
// Solidity: function EMERGENCY_REVOKER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) EMERGENCYREVOKERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "EMERGENCY_REVOKER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EMERGENCYREVOKERROLE is a free data retrieval call binding the contract method 0xb9ab8bd7.
//
// Solidity: function EMERGENCY_REVOKER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) EMERGENCYREVOKERROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.EMERGENCYREVOKERROLE(&_ConsentRegistry.CallOpts)
}

// EMERGENCYREVOKERROLE is a free data retrieval call binding the contract method 0xb9ab8bd7.
//
// Solidity: function EMERGENCY_REVOKER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) EMERGENCYREVOKERROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.EMERGENCYREVOKERROLE(&_ConsentRegistry.CallOpts)
}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) EMERGENCYROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "EMERGENCY_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) EMERGENCYROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.EMERGENCYROLE(&_ConsentRegistry.CallOpts)
}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) EMERGENCYROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.EMERGENCYROLE(&_ConsentRegistry.CallOpts)
}

// MAXCONSENTSPERGRANTEE is a free data retrieval call binding the contract method 0x81c979ae.
//
// Solidity: function MAX_CONSENTS_PER_GRANTEE() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCaller) MAXCONSENTSPERGRANTEE(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "MAX_CONSENTS_PER_GRANTEE")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MAXCONSENTSPERGRANTEE is a free data retrieval call binding the contract method 0x81c979ae.
//
// Solidity: function MAX_CONSENTS_PER_GRANTEE() view returns(uint16)
func (_ConsentRegistry *ConsentRegistrySession) MAXCONSENTSPERGRANTEE() (uint16, error) {
	return _ConsentRegistry.Contract.MAXCONSENTSPERGRANTEE(&_ConsentRegistry.CallOpts)
}

// MAXCONSENTSPERGRANTEE is a free data retrieval call binding the contract method 0x81c979ae.
//
// Solidity: function MAX_CONSENTS_PER_GRANTEE() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCallerSession) MAXCONSENTSPERGRANTEE() (uint16, error) {
	return _ConsentRegistry.Contract.MAXCONSENTSPERGRANTEE(&_ConsentRegistry.CallOpts)
}

// MAXEMERGENCYWINDOW is a free data retrieval call binding the contract method 0xd0a41b74.
//
// Solidity: function MAX_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCaller) MAXEMERGENCYWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "MAX_EMERGENCY_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXEMERGENCYWINDOW is a free data retrieval call binding the contract method 0xd0a41b74.
//
// Solidity: function MAX_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistrySession) MAXEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.MAXEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// MAXEMERGENCYWINDOW is a free data retrieval call binding the contract method 0xd0a41b74.
//
// Solidity: function MAX_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCallerSession) MAXEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.MAXEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// MINEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x9f99e29f.
//
// Solidity: function MIN_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCaller) MINEMERGENCYWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "MIN_EMERGENCY_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MINEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x9f99e29f.
//
// Solidity: function MIN_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistrySession) MINEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.MINEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// MINEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x9f99e29f.
//
// Solidity: function MIN_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCallerSession) MINEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.MINEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// PURPOSEBTG is a free data retrieval call binding the contract method 0x1e63b4b2.
//
// Solidity: function PURPOSE_BTG() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEBTG(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_BTG")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEBTG is a free data retrieval call binding the contract method 0x1e63b4b2.
//
// Solidity: function PURPOSE_BTG() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEBTG() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEBTG(&_ConsentRegistry.CallOpts)
}

// PURPOSEBTG is a free data retrieval call binding the contract method 0x1e63b4b2.
//
// Solidity: function PURPOSE_BTG() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEBTG() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEBTG(&_ConsentRegistry.CallOpts)
}

// PURPOSECAREMGT is a free data retrieval call binding the contract method 0x6dd7f5d7.
//
// Solidity: function PURPOSE_CAREMGT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSECAREMGT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_CAREMGT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSECAREMGT is a free data retrieval call binding the contract method 0x6dd7f5d7.
//
// Solidity: function PURPOSE_CAREMGT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSECAREMGT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECAREMGT(&_ConsentRegistry.CallOpts)
}

// PURPOSECAREMGT is a free data retrieval call binding the contract method 0x6dd7f5d7.
//
// Solidity: function PURPOSE_CAREMGT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSECAREMGT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECAREMGT(&_ConsentRegistry.CallOpts)
}

// PURPOSECLINTRL is a free data retrieval call binding the contract method 0x80efca6e.
//
// Solidity: function PURPOSE_CLINTRL() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSECLINTRL(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_CLINTRL")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSECLINTRL is a free data retrieval call binding the contract method 0x80efca6e.
//
// Solidity: function PURPOSE_CLINTRL() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSECLINTRL() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECLINTRL(&_ConsentRegistry.CallOpts)
}

// PURPOSECLINTRL is a free data retrieval call binding the contract method 0x80efca6e.
//
// Solidity: function PURPOSE_CLINTRL() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSECLINTRL() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECLINTRL(&_ConsentRegistry.CallOpts)
}

// PURPOSECOC is a free data retrieval call binding the contract method 0x0993cf27.
//
// Solidity: function PURPOSE_COC() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSECOC(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_COC")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSECOC is a free data retrieval call binding the contract method 0x0993cf27.
//
// Solidity: function PURPOSE_COC() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSECOC() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECOC(&_ConsentRegistry.CallOpts)
}

// PURPOSECOC is a free data retrieval call binding the contract method 0x0993cf27.
//
// Solidity: function PURPOSE_COC() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSECOC() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECOC(&_ConsentRegistry.CallOpts)
}

// PURPOSECOUNT is a free data retrieval call binding the contract method 0xbb1ee61c.
//
// Solidity: function PURPOSE_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSECOUNT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_COUNT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSECOUNT is a free data retrieval call binding the contract method 0xbb1ee61c.
//
// Solidity: function PURPOSE_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSECOUNT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECOUNT(&_ConsentRegistry.CallOpts)
}

// PURPOSECOUNT is a free data retrieval call binding the contract method 0xbb1ee61c.
//
// Solidity: function PURPOSE_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSECOUNT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECOUNT(&_ConsentRegistry.CallOpts)
}

// PURPOSEETREAT is a free data retrieval call binding the contract method 0xfaf8c2f5.
//
// Solidity: function PURPOSE_ETREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEETREAT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_ETREAT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEETREAT is a free data retrieval call binding the contract method 0xfaf8c2f5.
//
// Solidity: function PURPOSE_ETREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEETREAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEETREAT(&_ConsentRegistry.CallOpts)
}

// PURPOSEETREAT is a free data retrieval call binding the contract method 0xfaf8c2f5.
//
// Solidity: function PURPOSE_ETREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEETREAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEETREAT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHOPERAT is a free data retrieval call binding the contract method 0xc30625c0.
//
// Solidity: function PURPOSE_HOPERAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHOPERAT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HOPERAT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHOPERAT is a free data retrieval call binding the contract method 0xc30625c0.
//
// Solidity: function PURPOSE_HOPERAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHOPERAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHOPERAT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHOPERAT is a free data retrieval call binding the contract method 0xc30625c0.
//
// Solidity: function PURPOSE_HOPERAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHOPERAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHOPERAT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHPAYMT is a free data retrieval call binding the contract method 0x48434d93.
//
// Solidity: function PURPOSE_HPAYMT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHPAYMT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HPAYMT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHPAYMT is a free data retrieval call binding the contract method 0x48434d93.
//
// Solidity: function PURPOSE_HPAYMT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHPAYMT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHPAYMT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHPAYMT is a free data retrieval call binding the contract method 0x48434d93.
//
// Solidity: function PURPOSE_HPAYMT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHPAYMT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHPAYMT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHQUALIMP is a free data retrieval call binding the contract method 0x9c110533.
//
// Solidity: function PURPOSE_HQUALIMP() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHQUALIMP(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HQUALIMP")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHQUALIMP is a free data retrieval call binding the contract method 0x9c110533.
//
// Solidity: function PURPOSE_HQUALIMP() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHQUALIMP() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHQUALIMP(&_ConsentRegistry.CallOpts)
}

// PURPOSEHQUALIMP is a free data retrieval call binding the contract method 0x9c110533.
//
// Solidity: function PURPOSE_HQUALIMP() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHQUALIMP() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHQUALIMP(&_ConsentRegistry.CallOpts)
}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHRESCH(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HRESCH")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHRESCH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHRESCH(&_ConsentRegistry.CallOpts)
}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHRESCH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHRESCH(&_ConsentRegistry.CallOpts)
}

// PURPOSEHSYSADMIN is a free data retrieval call binding the contract method 0x7ebb7f08.
//
// Solidity: function PURPOSE_HSYSADMIN() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHSYSADMIN(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HSYSADMIN")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHSYSADMIN is a free data retrieval call binding the contract method 0x7ebb7f08.
//
// Solidity: function PURPOSE_HSYSADMIN() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHSYSADMIN() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHSYSADMIN(&_ConsentRegistry.CallOpts)
}

// PURPOSEHSYSADMIN is a free data retrieval call binding the contract method 0x7ebb7f08.
//
// Solidity: function PURPOSE_HSYSADMIN() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHSYSADMIN() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHSYSADMIN(&_ConsentRegistry.CallOpts)
}

// PURPOSEPATRQT is a free data retrieval call binding the contract method 0x6ec1990b.
//
// Solidity: function PURPOSE_PATRQT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEPATRQT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_PATRQT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEPATRQT is a free data retrieval call binding the contract method 0x6ec1990b.
//
// Solidity: function PURPOSE_PATRQT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEPATRQT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPATRQT(&_ConsentRegistry.CallOpts)
}

// PURPOSEPATRQT is a free data retrieval call binding the contract method 0x6ec1990b.
//
// Solidity: function PURPOSE_PATRQT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEPATRQT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPATRQT(&_ConsentRegistry.CallOpts)
}

// PURPOSEPOPHLTH is a free data retrieval call binding the contract method 0x5b6897cc.
//
// Solidity: function PURPOSE_POPHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEPOPHLTH(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_POPHLTH")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEPOPHLTH is a free data retrieval call binding the contract method 0x5b6897cc.
//
// Solidity: function PURPOSE_POPHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEPOPHLTH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPOPHLTH(&_ConsentRegistry.CallOpts)
}

// PURPOSEPOPHLTH is a free data retrieval call binding the contract method 0x5b6897cc.
//
// Solidity: function PURPOSE_POPHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEPOPHLTH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPOPHLTH(&_ConsentRegistry.CallOpts)
}

// PURPOSEPUBHLTH is a free data retrieval call binding the contract method 0x2fc10cc3.
//
// Solidity: function PURPOSE_PUBHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEPUBHLTH(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_PUBHLTH")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEPUBHLTH is a free data retrieval call binding the contract method 0x2fc10cc3.
//
// Solidity: function PURPOSE_PUBHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEPUBHLTH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPUBHLTH(&_ConsentRegistry.CallOpts)
}

// PURPOSEPUBHLTH is a free data retrieval call binding the contract method 0x2fc10cc3.
//
// Solidity: function PURPOSE_PUBHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEPUBHLTH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPUBHLTH(&_ConsentRegistry.CallOpts)
}

// PURPOSETREAT is a free data retrieval call binding the contract method 0x6c53b63f.
//
// Solidity: function PURPOSE_TREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSETREAT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_TREAT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSETREAT is a free data retrieval call binding the contract method 0x6c53b63f.
//
// Solidity: function PURPOSE_TREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSETREAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSETREAT(&_ConsentRegistry.CallOpts)
}

// PURPOSETREAT is a free data retrieval call binding the contract method 0x6c53b63f.
//
// Solidity: function PURPOSE_TREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSETREAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSETREAT(&_ConsentRegistry.CallOpts)
}

// RECOVERYROLE is a free data retrieval call binding the contract method 0x31993a1c.
//
// Solidity: function RECOVERY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) RECOVERYROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "RECOVERY_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RECOVERYROLE is a free data retrieval call binding the contract method 0x31993a1c.
//
// Solidity: function RECOVERY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) RECOVERYROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.RECOVERYROLE(&_ConsentRegistry.CallOpts)
}

// RECOVERYROLE is a free data retrieval call binding the contract method 0x31993a1c.
//
// Solidity: function RECOVERY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) RECOVERYROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.RECOVERYROLE(&_ConsentRegistry.CallOpts)
}

// RESEARCHPURPOSES is a free data retrieval call binding the contract method 0xbc772c4b.
//
// Solidity: function RESEARCH_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCaller) RESEARCHPURPOSES(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "RESEARCH_PURPOSES")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// RESEARCHPURPOSES is a free data retrieval call binding the contract method 0xbc772c4b.
//
// Solidity: function RESEARCH_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistrySession) RESEARCHPURPOSES() (uint16, error) {
	return _ConsentRegistry.Contract.RESEARCHPURPOSES(&_ConsentRegistry.CallOpts)
}

// RESEARCHPURPOSES is a free data retrieval call binding the contract method 0xbc772c4b.
//
// Solidity: function RESEARCH_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCallerSession) RESEARCHPURPOSES() (uint16, error) {
	return _ConsentRegistry.Contract.RESEARCHPURPOSES(&_ConsentRegistry.CallOpts)
}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 tokenId) pure returns()
func (_ConsentRegistry *ConsentRegistryCaller) Approve(opts *bind.CallOpts, arg0 common.Address, tokenId *big.Int) error {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "approve", arg0, tokenId)

	if err != nil {
		return err
	}

	return err

}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 tokenId) pure returns()
func (_ConsentRegistry *ConsentRegistrySession) Approve(arg0 common.Address, tokenId *big.Int) error {
	return _ConsentRegistry.Contract.Approve(&_ConsentRegistry.CallOpts, arg0, tokenId)
}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 tokenId) pure returns()
func (_ConsentRegistry *ConsentRegistryCallerSession) Approve(arg0 common.Address, tokenId *big.Int) error {
	return _ConsentRegistry.Contract.Approve(&_ConsentRegistry.CallOpts, arg0, tokenId)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) BalanceOf(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "balanceOf", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.BalanceOf(&_ConsentRegistry.CallOpts, owner)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.BalanceOf(&_ConsentRegistry.CallOpts, owner)
}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 consentId) view returns(address patient, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked)
func (_ConsentRegistry *ConsentRegistryCaller) Consent(opts *bind.CallOpts, consentId *big.Int) (struct {
	Patient    common.Address
	Grantee    common.Address
	Purposes   uint16
	Actions    uint8
	ValidUntil *big.Int
	Revoked    bool
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "consent", consentId)

	outstruct := new(struct {
		Patient    common.Address
		Grantee    common.Address
		Purposes   uint16
		Actions    uint8
		ValidUntil *big.Int
		Revoked    bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Patient = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Grantee = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Purposes = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.Actions = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.ValidUntil = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)
	outstruct.Revoked = *abi.ConvertType(out[5], new(bool)).(*bool)

	return *outstruct, err

}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 consentId) view returns(address patient, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked)
func (_ConsentRegistry *ConsentRegistrySession) Consent(consentId *big.Int) (struct {
	Patient    common.Address
	Grantee    common.Address
	Purposes   uint16
	Actions    uint8
	ValidUntil *big.Int
	Revoked    bool
}, error) {
	return _ConsentRegistry.Contract.Consent(&_ConsentRegistry.CallOpts, consentId)
}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 consentId) view returns(address patient, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked)
func (_ConsentRegistry *ConsentRegistryCallerSession) Consent(consentId *big.Int) (struct {
	Patient    common.Address
	Grantee    common.Address
	Purposes   uint16
	Actions    uint8
	ValidUntil *big.Int
	Revoked    bool
}, error) {
	return _ConsentRegistry.Contract.Consent(&_ConsentRegistry.CallOpts, consentId)
}

// ConsentCount is a free data retrieval call binding the contract method 0x191a149e.
//
// Solidity: function consentCount(address patient, address grantee) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) ConsentCount(opts *bind.CallOpts, patient common.Address, grantee common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "consentCount", patient, grantee)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConsentCount is a free data retrieval call binding the contract method 0x191a149e.
//
// Solidity: function consentCount(address patient, address grantee) view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) ConsentCount(patient common.Address, grantee common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.ConsentCount(&_ConsentRegistry.CallOpts, patient, grantee)
}

// ConsentCount is a free data retrieval call binding the contract method 0x191a149e.
//
// Solidity: function consentCount(address patient, address grantee) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) ConsentCount(patient common.Address, grantee common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.ConsentCount(&_ConsentRegistry.CallOpts, patient, grantee)
}

// ConsentIdOf is a free data retrieval call binding the contract method 0x8da63015.
//
// Solidity: function consentIdOf(address patient, address grantee, uint16 index) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) ConsentIdOf(opts *bind.CallOpts, patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "consentIdOf", patient, grantee, index)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConsentIdOf is a free data retrieval call binding the contract method 0x8da63015.
//
// Solidity: function consentIdOf(address patient, address grantee, uint16 index) view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) ConsentIdOf(patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	return _ConsentRegistry.Contract.ConsentIdOf(&_ConsentRegistry.CallOpts, patient, grantee, index)
}

// ConsentIdOf is a free data retrieval call binding the contract method 0x8da63015.
//
// Solidity: function consentIdOf(address patient, address grantee, uint16 index) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) ConsentIdOf(patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	return _ConsentRegistry.Contract.ConsentIdOf(&_ConsentRegistry.CallOpts, patient, grantee, index)
}

// CurrentWalletOf is a free data retrieval call binding the contract method 0x8c9a7122.
//
// Solidity: function currentWalletOf(address wallet) view returns(address)
func (_ConsentRegistry *ConsentRegistryCaller) CurrentWalletOf(opts *bind.CallOpts, wallet common.Address) (common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "currentWalletOf", wallet)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// CurrentWalletOf is a free data retrieval call binding the contract method 0x8c9a7122.
//
// Solidity: function currentWalletOf(address wallet) view returns(address)
func (_ConsentRegistry *ConsentRegistrySession) CurrentWalletOf(wallet common.Address) (common.Address, error) {
	return _ConsentRegistry.Contract.CurrentWalletOf(&_ConsentRegistry.CallOpts, wallet)
}

// CurrentWalletOf is a free data retrieval call binding the contract method 0x8c9a7122.
//
// Solidity: function currentWalletOf(address wallet) view returns(address)
func (_ConsentRegistry *ConsentRegistryCallerSession) CurrentWalletOf(wallet common.Address) (common.Address, error) {
	return _ConsentRegistry.Contract.CurrentWalletOf(&_ConsentRegistry.CallOpts, wallet)
}

// EmergencyAllowance is a free data retrieval call binding the contract method 0xd778c479.
//
// Solidity: function emergencyAllowance(address accessor) view returns(uint32 remaining, uint48 resetsAt)
func (_ConsentRegistry *ConsentRegistryCaller) EmergencyAllowance(opts *bind.CallOpts, accessor common.Address) (struct {
	Remaining uint32
	ResetsAt  *big.Int
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "emergencyAllowance", accessor)

	outstruct := new(struct {
		Remaining uint32
		ResetsAt  *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Remaining = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.ResetsAt = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// EmergencyAllowance is a free data retrieval call binding the contract method 0xd778c479.
//
// Solidity: function emergencyAllowance(address accessor) view returns(uint32 remaining, uint48 resetsAt)
func (_ConsentRegistry *ConsentRegistrySession) EmergencyAllowance(accessor common.Address) (struct {
	Remaining uint32
	ResetsAt  *big.Int
}, error) {
	return _ConsentRegistry.Contract.EmergencyAllowance(&_ConsentRegistry.CallOpts, accessor)
}

// EmergencyAllowance is a free data retrieval call binding the contract method 0xd778c479.
//
// Solidity: function emergencyAllowance(address accessor) view returns(uint32 remaining, uint48 resetsAt)
func (_ConsentRegistry *ConsentRegistryCallerSession) EmergencyAllowance(accessor common.Address) (struct {
	Remaining uint32
	ResetsAt  *big.Int
}, error) {
	return _ConsentRegistry.Contract.EmergencyAllowance(&_ConsentRegistry.CallOpts, accessor)
}

// EmergencyLimit is a free data retrieval call binding the contract method 0x3622ed8e.
//
// Solidity: function emergencyLimit() view returns(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryCaller) EmergencyLimit(opts *bind.CallOpts) (struct {
	MaxAccesses uint32
	Window      uint32
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "emergencyLimit")

	outstruct := new(struct {
		MaxAccesses uint32
		Window      uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.MaxAccesses = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Window = *abi.ConvertType(out[1], new(uint32)).(*uint32)

	return *outstruct, err

}

// EmergencyLimit is a free data retrieval call binding the contract method 0x3622ed8e.
//
// Solidity: function emergencyLimit() view returns(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistrySession) EmergencyLimit() (struct {
	MaxAccesses uint32
	Window      uint32
}, error) {
	return _ConsentRegistry.Contract.EmergencyLimit(&_ConsentRegistry.CallOpts)
}

// EmergencyLimit is a free data retrieval call binding the contract method 0x3622ed8e.
//
// Solidity: function emergencyLimit() view returns(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryCallerSession) EmergencyLimit() (struct {
	MaxAccesses uint32
	Window      uint32
}, error) {
	return _ConsentRegistry.Contract.EmergencyLimit(&_ConsentRegistry.CallOpts)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistryCaller) GetApproved(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "getApproved", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistrySession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _ConsentRegistry.Contract.GetApproved(&_ConsentRegistry.CallOpts, tokenId)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistryCallerSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _ConsentRegistry.Contract.GetApproved(&_ConsentRegistry.CallOpts, tokenId)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _ConsentRegistry.Contract.GetRoleAdmin(&_ConsentRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _ConsentRegistry.Contract.GetRoleAdmin(&_ConsentRegistry.CallOpts, role)
}

// GuardiansOf is a free data retrieval call binding the contract method 0x82a44847.
//
// Solidity: function guardiansOf(address patient) view returns(address[])
func (_ConsentRegistry *ConsentRegistryCaller) GuardiansOf(opts *bind.CallOpts, patient common.Address) ([]common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "guardiansOf", patient)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GuardiansOf is a free data retrieval call binding the contract method 0x82a44847.
//
// Solidity: function guardiansOf(address patient) view returns(address[])
func (_ConsentRegistry *ConsentRegistrySession) GuardiansOf(patient common.Address) ([]common.Address, error) {
	return _ConsentRegistry.Contract.GuardiansOf(&_ConsentRegistry.CallOpts, patient)
}

// GuardiansOf is a free data retrieval call binding the contract method 0x82a44847.
//
// Solidity: function guardiansOf(address patient) view returns(address[])
func (_ConsentRegistry *ConsentRegistryCallerSession) GuardiansOf(patient common.Address) ([]common.Address, error) {
	return _ConsentRegistry.Contract.GuardiansOf(&_ConsentRegistry.CallOpts, patient)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _ConsentRegistry.Contract.HasRole(&_ConsentRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _ConsentRegistry.Contract.HasRole(&_ConsentRegistry.CallOpts, role, account)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsApprovedForAll(opts *bind.CallOpts, owner common.Address, operator common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isApprovedForAll", owner, operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsApprovedForAll(&_ConsentRegistry.CallOpts, owner, operator)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsApprovedForAll(&_ConsentRegistry.CallOpts, owner, operator)
}

// IsFreshWallet is a free data retrieval call binding the contract method 0xb166e605.
//
// Solidity: function isFreshWallet(address wallet) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsFreshWallet(opts *bind.CallOpts, wallet common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isFreshWallet", wallet)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsFreshWallet is a free data retrieval call binding the contract method 0xb166e605.
//
// Solidity: function isFreshWallet(address wallet) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsFreshWallet(wallet common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsFreshWallet(&_ConsentRegistry.CallOpts, wallet)
}

// IsFreshWallet is a free data retrieval call binding the contract method 0xb166e605.
//
// Solidity: function isFreshWallet(address wallet) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsFreshWallet(wallet common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsFreshWallet(&_ConsentRegistry.CallOpts, wallet)
}

// IsGuardian is a free data retrieval call binding the contract method 0xd4ee9734.
//
// Solidity: function isGuardian(address patient, address guardian) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsGuardian(opts *bind.CallOpts, patient common.Address, guardian common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isGuardian", patient, guardian)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsGuardian is a free data retrieval call binding the contract method 0xd4ee9734.
//
// Solidity: function isGuardian(address patient, address guardian) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsGuardian(patient common.Address, guardian common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsGuardian(&_ConsentRegistry.CallOpts, patient, guardian)
}

// IsGuardian is a free data retrieval call binding the contract method 0xd4ee9734.
//
// Solidity: function isGuardian(address patient, address guardian) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsGuardian(patient common.Address, guardian common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsGuardian(&_ConsentRegistry.CallOpts, patient, guardian)
}

// IsPermitted is a free data retrieval call binding the contract method 0x208f8d95.
//
// Solidity: function isPermitted(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsPermitted(opts *bind.CallOpts, patient common.Address, grantee common.Address, purpose uint8, action uint8) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isPermitted", patient, grantee, purpose, action)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsPermitted is a free data retrieval call binding the contract method 0x208f8d95.
//
// Solidity: function isPermitted(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsPermitted(patient common.Address, grantee common.Address, purpose uint8, action uint8) (bool, error) {
	return _ConsentRegistry.Contract.IsPermitted(&_ConsentRegistry.CallOpts, patient, grantee, purpose, action)
}

// IsPermitted is a free data retrieval call binding the contract method 0x208f8d95.
//
// Solidity: function isPermitted(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsPermitted(patient common.Address, grantee common.Address, purpose uint8, action uint8) (bool, error) {
	return _ConsentRegistry.Contract.IsPermitted(&_ConsentRegistry.CallOpts, patient, grantee, purpose, action)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsTrustedForwarder(&_ConsentRegistry.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsTrustedForwarder(&_ConsentRegistry.CallOpts, forwarder)
}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) Locked(opts *bind.CallOpts, tokenId *big.Int) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "locked", tokenId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) Locked(tokenId *big.Int) (bool, error) {
	return _ConsentRegistry.Contract.Locked(&_ConsentRegistry.CallOpts, tokenId)
}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) Locked(tokenId *big.Int) (bool, error) {
	return _ConsentRegistry.Contract.Locked(&_ConsentRegistry.CallOpts, tokenId)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ConsentRegistry *ConsentRegistryCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ConsentRegistry *ConsentRegistrySession) Name() (string, error) {
	return _ConsentRegistry.Contract.Name(&_ConsentRegistry.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ConsentRegistry *ConsentRegistryCallerSession) Name() (string, error) {
	return _ConsentRegistry.Contract.Name(&_ConsentRegistry.CallOpts)
}

// ObjectedPurposes is a free data retrieval call binding the contract method 0x0e94177b.
//
// Solidity: function objectedPurposes(address patient, address grantee) view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCaller) ObjectedPurposes(opts *bind.CallOpts, patient common.Address, grantee common.Address) (uint16, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "objectedPurposes", patient, grantee)

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ObjectedPurposes is a free data retrieval call binding the contract method 0x0e94177b.
//
// Solidity: function objectedPurposes(address patient, address grantee) view returns(uint16)
func (_ConsentRegistry *ConsentRegistrySession) ObjectedPurposes(patient common.Address, grantee common.Address) (uint16, error) {
	return _ConsentRegistry.Contract.ObjectedPurposes(&_ConsentRegistry.CallOpts, patient, grantee)
}

// ObjectedPurposes is a free data retrieval call binding the contract method 0x0e94177b.
//
// Solidity: function objectedPurposes(address patient, address grantee) view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCallerSession) ObjectedPurposes(patient common.Address, grantee common.Address) (uint16, error) {
	return _ConsentRegistry.Contract.ObjectedPurposes(&_ConsentRegistry.CallOpts, patient, grantee)
}

// Objection is a free data retrieval call binding the contract method 0xba6a8406.
//
// Solidity: function objection(uint256 objectionId) view returns(address patient, address grantee, uint16 purposes, bool byPatient, bool withdrawn)
func (_ConsentRegistry *ConsentRegistryCaller) Objection(opts *bind.CallOpts, objectionId *big.Int) (struct {
	Patient   common.Address
	Grantee   common.Address
	Purposes  uint16
	ByPatient bool
	Withdrawn bool
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "objection", objectionId)

	outstruct := new(struct {
		Patient   common.Address
		Grantee   common.Address
		Purposes  uint16
		ByPatient bool
		Withdrawn bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Patient = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Grantee = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Purposes = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.ByPatient = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Withdrawn = *abi.ConvertType(out[4], new(bool)).(*bool)

	return *outstruct, err

}

// Objection is a free data retrieval call binding the contract method 0xba6a8406.
//
// Solidity: function objection(uint256 objectionId) view returns(address patient, address grantee, uint16 purposes, bool byPatient, bool withdrawn)
func (_ConsentRegistry *ConsentRegistrySession) Objection(objectionId *big.Int) (struct {
	Patient   common.Address
	Grantee   common.Address
	Purposes  uint16
	ByPatient bool
	Withdrawn bool
}, error) {
	return _ConsentRegistry.Contract.Objection(&_ConsentRegistry.CallOpts, objectionId)
}

// Objection is a free data retrieval call binding the contract method 0xba6a8406.
//
// Solidity: function objection(uint256 objectionId) view returns(address patient, address grantee, uint16 purposes, bool byPatient, bool withdrawn)
func (_ConsentRegistry *ConsentRegistryCallerSession) Objection(objectionId *big.Int) (struct {
	Patient   common.Address
	Grantee   common.Address
	Purposes  uint16
	ByPatient bool
	Withdrawn bool
}, error) {
	return _ConsentRegistry.Contract.Objection(&_ConsentRegistry.CallOpts, objectionId)
}

// ObjectionCount is a free data retrieval call binding the contract method 0x84905517.
//
// Solidity: function objectionCount() view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) ObjectionCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "objectionCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ObjectionCount is a free data retrieval call binding the contract method 0x84905517.
//
// Solidity: function objectionCount() view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) ObjectionCount() (*big.Int, error) {
	return _ConsentRegistry.Contract.ObjectionCount(&_ConsentRegistry.CallOpts)
}

// ObjectionCount is a free data retrieval call binding the contract method 0x84905517.
//
// Solidity: function objectionCount() view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) ObjectionCount() (*big.Int, error) {
	return _ConsentRegistry.Contract.ObjectionCount(&_ConsentRegistry.CallOpts)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistryCaller) OwnerOf(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ownerOf", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistrySession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _ConsentRegistry.Contract.OwnerOf(&_ConsentRegistry.CallOpts, tokenId)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistryCallerSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _ConsentRegistry.Contract.OwnerOf(&_ConsentRegistry.CallOpts, tokenId)
}

// PermittingConsent is a free data retrieval call binding the contract method 0x42010416.
//
// Solidity: function permittingConsent(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool permitted, uint256 consentId)
func (_ConsentRegistry *ConsentRegistryCaller) PermittingConsent(opts *bind.CallOpts, patient common.Address, grantee common.Address, purpose uint8, action uint8) (struct {
	Permitted bool
	ConsentId *big.Int
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "permittingConsent", patient, grantee, purpose, action)

	outstruct := new(struct {
		Permitted bool
		ConsentId *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Permitted = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.ConsentId = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// PermittingConsent is a free data retrieval call binding the contract method 0x42010416.
//
// Solidity: function permittingConsent(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool permitted, uint256 consentId)
func (_ConsentRegistry *ConsentRegistrySession) PermittingConsent(patient common.Address, grantee common.Address, purpose uint8, action uint8) (struct {
	Permitted bool
	ConsentId *big.Int
}, error) {
	return _ConsentRegistry.Contract.PermittingConsent(&_ConsentRegistry.CallOpts, patient, grantee, purpose, action)
}

// PermittingConsent is a free data retrieval call binding the contract method 0x42010416.
//
// Solidity: function permittingConsent(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool permitted, uint256 consentId)
func (_ConsentRegistry *ConsentRegistryCallerSession) PermittingConsent(patient common.Address, grantee common.Address, purpose uint8, action uint8) (struct {
	Permitted bool
	ConsentId *big.Int
}, error) {
	return _ConsentRegistry.Contract.PermittingConsent(&_ConsentRegistry.CallOpts, patient, grantee, purpose, action)
}

// SetApprovalForAll is a free data retrieval call binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address , bool ) pure returns()
func (_ConsentRegistry *ConsentRegistryCaller) SetApprovalForAll(opts *bind.CallOpts, arg0 common.Address, arg1 bool) error {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "setApprovalForAll", arg0, arg1)

	if err != nil {
		return err
	}

	return err

}

// SetApprovalForAll is a free data retrieval call binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address , bool ) pure returns()
func (_ConsentRegistry *ConsentRegistrySession) SetApprovalForAll(arg0 common.Address, arg1 bool) error {
	return _ConsentRegistry.Contract.SetApprovalForAll(&_ConsentRegistry.CallOpts, arg0, arg1)
}

// SetApprovalForAll is a free data retrieval call binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address , bool ) pure returns()
func (_ConsentRegistry *ConsentRegistryCallerSession) SetApprovalForAll(arg0 common.Address, arg1 bool) error {
	return _ConsentRegistry.Contract.SetApprovalForAll(&_ConsentRegistry.CallOpts, arg0, arg1)
}

// SlotKeyOf is a free data retrieval call binding the contract method 0xae0839db.
//
// Solidity: function slotKeyOf(address patient, address grantee, uint16 index) pure returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) SlotKeyOf(opts *bind.CallOpts, patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "slotKeyOf", patient, grantee, index)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlotKeyOf is a free data retrieval call binding the contract method 0xae0839db.
//
// Solidity: function slotKeyOf(address patient, address grantee, uint16 index) pure returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) SlotKeyOf(patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	return _ConsentRegistry.Contract.SlotKeyOf(&_ConsentRegistry.CallOpts, patient, grantee, index)
}

// SlotKeyOf is a free data retrieval call binding the contract method 0xae0839db.
//
// Solidity: function slotKeyOf(address patient, address grantee, uint16 index) pure returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) SlotKeyOf(patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	return _ConsentRegistry.Contract.SlotKeyOf(&_ConsentRegistry.CallOpts, patient, grantee, index)
}

// SubjectOf is a free data retrieval call binding the contract method 0x58e90e8c.
//
// Solidity: function subjectOf(address wallet) view returns(address subject, bool retired)
func (_ConsentRegistry *ConsentRegistryCaller) SubjectOf(opts *bind.CallOpts, wallet common.Address) (struct {
	Subject common.Address
	Retired bool
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "subjectOf", wallet)

	outstruct := new(struct {
		Subject common.Address
		Retired bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Subject = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Retired = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// SubjectOf is a free data retrieval call binding the contract method 0x58e90e8c.
//
// Solidity: function subjectOf(address wallet) view returns(address subject, bool retired)
func (_ConsentRegistry *ConsentRegistrySession) SubjectOf(wallet common.Address) (struct {
	Subject common.Address
	Retired bool
}, error) {
	return _ConsentRegistry.Contract.SubjectOf(&_ConsentRegistry.CallOpts, wallet)
}

// SubjectOf is a free data retrieval call binding the contract method 0x58e90e8c.
//
// Solidity: function subjectOf(address wallet) view returns(address subject, bool retired)
func (_ConsentRegistry *ConsentRegistryCallerSession) SubjectOf(wallet common.Address) (struct {
	Subject common.Address
	Retired bool
}, error) {
	return _ConsentRegistry.Contract.SubjectOf(&_ConsentRegistry.CallOpts, wallet)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _ConsentRegistry.Contract.SupportsInterface(&_ConsentRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _ConsentRegistry.Contract.SupportsInterface(&_ConsentRegistry.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ConsentRegistry *ConsentRegistryCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ConsentRegistry *ConsentRegistrySession) Symbol() (string, error) {
	return _ConsentRegistry.Contract.Symbol(&_ConsentRegistry.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ConsentRegistry *ConsentRegistryCallerSession) Symbol() (string, error) {
	return _ConsentRegistry.Contract.Symbol(&_ConsentRegistry.CallOpts)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ConsentRegistry *ConsentRegistryCaller) TokenURI(opts *bind.CallOpts, tokenId *big.Int) (string, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "tokenURI", tokenId)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ConsentRegistry *ConsentRegistrySession) TokenURI(tokenId *big.Int) (string, error) {
	return _ConsentRegistry.Contract.TokenURI(&_ConsentRegistry.CallOpts, tokenId)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ConsentRegistry *ConsentRegistryCallerSession) TokenURI(tokenId *big.Int) (string, error) {
	return _ConsentRegistry.Contract.TokenURI(&_ConsentRegistry.CallOpts, tokenId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_ConsentRegistry *ConsentRegistryCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_ConsentRegistry *ConsentRegistrySession) TrustedForwarder() (common.Address, error) {
	return _ConsentRegistry.Contract.TrustedForwarder(&_ConsentRegistry.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_ConsentRegistry *ConsentRegistryCallerSession) TrustedForwarder() (common.Address, error) {
	return _ConsentRegistry.Contract.TrustedForwarder(&_ConsentRegistry.CallOpts)
}

// AppointGuardian is a paid mutator transaction binding the contract method 0xdde4320d.
//
// Solidity: function appointGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) AppointGuardian(opts *bind.TransactOpts, guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "appointGuardian", guardian)
}

// AppointGuardian is a paid mutator transaction binding the contract method 0xdde4320d.
//
// Solidity: function appointGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistrySession) AppointGuardian(guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.AppointGuardian(&_ConsentRegistry.TransactOpts, guardian)
}

// AppointGuardian is a paid mutator transaction binding the contract method 0xdde4320d.
//
// Solidity: function appointGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) AppointGuardian(guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.AppointGuardian(&_ConsentRegistry.TransactOpts, guardian)
}

// Grant is a paid mutator transaction binding the contract method 0x3e9fb41b.
//
// Solidity: function grant(address patient, address grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope) returns(uint256 consentId)
func (_ConsentRegistry *ConsentRegistryTransactor) Grant(opts *bind.TransactOpts, patient common.Address, grantee common.Address, purposes uint16, actions uint8, expiresAt *big.Int, scope [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "grant", patient, grantee, purposes, actions, expiresAt, scope)
}

// Grant is a paid mutator transaction binding the contract method 0x3e9fb41b.
//
// Solidity: function grant(address patient, address grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope) returns(uint256 consentId)
func (_ConsentRegistry *ConsentRegistrySession) Grant(patient common.Address, grantee common.Address, purposes uint16, actions uint8, expiresAt *big.Int, scope [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Grant(&_ConsentRegistry.TransactOpts, patient, grantee, purposes, actions, expiresAt, scope)
}

// Grant is a paid mutator transaction binding the contract method 0x3e9fb41b.
//
// Solidity: function grant(address patient, address grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope) returns(uint256 consentId)
func (_ConsentRegistry *ConsentRegistryTransactorSession) Grant(patient common.Address, grantee common.Address, purposes uint16, actions uint8, expiresAt *big.Int, scope [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Grant(&_ConsentRegistry.TransactOpts, patient, grantee, purposes, actions, expiresAt, scope)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.GrantRole(&_ConsentRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.GrantRole(&_ConsentRegistry.TransactOpts, role, account)
}

// Object is a paid mutator transaction binding the contract method 0xeca261e3.
//
// Solidity: function object(address patient, address grantee, uint16 purposes) returns(uint256 objectionId)
func (_ConsentRegistry *ConsentRegistryTransactor) Object(opts *bind.TransactOpts, patient common.Address, grantee common.Address, purposes uint16) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "object", patient, grantee, purposes)
}

// Object is a paid mutator transaction binding the contract method 0xeca261e3.
//
// Solidity: function object(address patient, address grantee, uint16 purposes) returns(uint256 objectionId)
func (_ConsentRegistry *ConsentRegistrySession) Object(patient common.Address, grantee common.Address, purposes uint16) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Object(&_ConsentRegistry.TransactOpts, patient, grantee, purposes)
}

// Object is a paid mutator transaction binding the contract method 0xeca261e3.
//
// Solidity: function object(address patient, address grantee, uint16 purposes) returns(uint256 objectionId)
func (_ConsentRegistry *ConsentRegistryTransactorSession) Object(patient common.Address, grantee common.Address, purposes uint16) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Object(&_ConsentRegistry.TransactOpts, patient, grantee, purposes)
}

// RecordEmergencyAccess is a paid mutator transaction binding the contract method 0xec0e3484.
//
// Solidity: function recordEmergencyAccess(address patient, bytes32 reasonHash) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RecordEmergencyAccess(opts *bind.TransactOpts, patient common.Address, reasonHash [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "recordEmergencyAccess", patient, reasonHash)
}

// RecordEmergencyAccess is a paid mutator transaction binding the contract method 0xec0e3484.
//
// Solidity: function recordEmergencyAccess(address patient, bytes32 reasonHash) returns()
func (_ConsentRegistry *ConsentRegistrySession) RecordEmergencyAccess(patient common.Address, reasonHash [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RecordEmergencyAccess(&_ConsentRegistry.TransactOpts, patient, reasonHash)
}

// RecordEmergencyAccess is a paid mutator transaction binding the contract method 0xec0e3484.
//
// Solidity: function recordEmergencyAccess(address patient, bytes32 reasonHash) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RecordEmergencyAccess(patient common.Address, reasonHash [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RecordEmergencyAccess(&_ConsentRegistry.TransactOpts, patient, reasonHash)
}

// RecoverWallet is a paid mutator transaction binding the contract method 0x78228c1f.
//
// Solidity: function recoverWallet(address oldWallet, address newWallet) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RecoverWallet(opts *bind.TransactOpts, oldWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "recoverWallet", oldWallet, newWallet)
}

// RecoverWallet is a paid mutator transaction binding the contract method 0x78228c1f.
//
// Solidity: function recoverWallet(address oldWallet, address newWallet) returns()
func (_ConsentRegistry *ConsentRegistrySession) RecoverWallet(oldWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RecoverWallet(&_ConsentRegistry.TransactOpts, oldWallet, newWallet)
}

// RecoverWallet is a paid mutator transaction binding the contract method 0x78228c1f.
//
// Solidity: function recoverWallet(address oldWallet, address newWallet) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RecoverWallet(oldWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RecoverWallet(&_ConsentRegistry.TransactOpts, oldWallet, newWallet)
}

// RemoveGuardian is a paid mutator transaction binding the contract method 0x71404156.
//
// Solidity: function removeGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RemoveGuardian(opts *bind.TransactOpts, guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "removeGuardian", guardian)
}

// RemoveGuardian is a paid mutator transaction binding the contract method 0x71404156.
//
// Solidity: function removeGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistrySession) RemoveGuardian(guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RemoveGuardian(&_ConsentRegistry.TransactOpts, guardian)
}

// RemoveGuardian is a paid mutator transaction binding the contract method 0x71404156.
//
// Solidity: function removeGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RemoveGuardian(guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RemoveGuardian(&_ConsentRegistry.TransactOpts, guardian)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RenounceRole(&_ConsentRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RenounceRole(&_ConsentRegistry.TransactOpts, role, callerConfirmation)
}

// Revoke is a paid mutator transaction binding the contract method 0x20c5429b.
//
// Solidity: function revoke(uint256 consentId) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) Revoke(opts *bind.TransactOpts, consentId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revoke", consentId)
}

// Revoke is a paid mutator transaction binding the contract method 0x20c5429b.
//
// Solidity: function revoke(uint256 consentId) returns()
func (_ConsentRegistry *ConsentRegistrySession) Revoke(consentId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Revoke(&_ConsentRegistry.TransactOpts, consentId)
}

// Revoke is a paid mutator transaction binding the contract method 0x20c5429b.
//
// Solidity: function revoke(uint256 consentId) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) Revoke(consentId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Revoke(&_ConsentRegistry.TransactOpts, consentId)
}

// RevokeEmergencyRole is a paid mutator transaction binding the contract method 0xacef2efc.
//
// Solidity: function revokeEmergencyRole(address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RevokeEmergencyRole(opts *bind.TransactOpts, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revokeEmergencyRole", account)
}

// RevokeEmergencyRole is a paid mutator transaction binding the contract method 0xacef2efc.
//
// Solidity: function revokeEmergencyRole(address account) returns()
func (_ConsentRegistry *ConsentRegistrySession) RevokeEmergencyRole(account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeEmergencyRole(&_ConsentRegistry.TransactOpts, account)
}

// RevokeEmergencyRole is a paid mutator transaction binding the contract method 0xacef2efc.
//
// Solidity: function revokeEmergencyRole(address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RevokeEmergencyRole(account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeEmergencyRole(&_ConsentRegistry.TransactOpts, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeRole(&_ConsentRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeRole(&_ConsentRegistry.TransactOpts, role, account)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) SafeTransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "safeTransferFrom", from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistrySession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SafeTransferFrom(&_ConsentRegistry.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SafeTransferFrom(&_ConsentRegistry.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) SafeTransferFrom0(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "safeTransferFrom0", from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ConsentRegistry *ConsentRegistrySession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SafeTransferFrom0(&_ConsentRegistry.TransactOpts, from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SafeTransferFrom0(&_ConsentRegistry.TransactOpts, from, to, tokenId, data)
}

// SetEmergencyLimit is a paid mutator transaction binding the contract method 0x4ad17ad4.
//
// Solidity: function setEmergencyLimit(uint32 maxAccesses, uint32 window) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) SetEmergencyLimit(opts *bind.TransactOpts, maxAccesses uint32, window uint32) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "setEmergencyLimit", maxAccesses, window)
}

// SetEmergencyLimit is a paid mutator transaction binding the contract method 0x4ad17ad4.
//
// Solidity: function setEmergencyLimit(uint32 maxAccesses, uint32 window) returns()
func (_ConsentRegistry *ConsentRegistrySession) SetEmergencyLimit(maxAccesses uint32, window uint32) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SetEmergencyLimit(&_ConsentRegistry.TransactOpts, maxAccesses, window)
}

// SetEmergencyLimit is a paid mutator transaction binding the contract method 0x4ad17ad4.
//
// Solidity: function setEmergencyLimit(uint32 maxAccesses, uint32 window) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) SetEmergencyLimit(maxAccesses uint32, window uint32) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SetEmergencyLimit(&_ConsentRegistry.TransactOpts, maxAccesses, window)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "transferFrom", from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistrySession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.TransferFrom(&_ConsentRegistry.TransactOpts, from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.TransferFrom(&_ConsentRegistry.TransactOpts, from, to, tokenId)
}

// WithdrawObjection is a paid mutator transaction binding the contract method 0xa34c4bfc.
//
// Solidity: function withdrawObjection(uint256 objectionId) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) WithdrawObjection(opts *bind.TransactOpts, objectionId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "withdrawObjection", objectionId)
}

// WithdrawObjection is a paid mutator transaction binding the contract method 0xa34c4bfc.
//
// Solidity: function withdrawObjection(uint256 objectionId) returns()
func (_ConsentRegistry *ConsentRegistrySession) WithdrawObjection(objectionId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.WithdrawObjection(&_ConsentRegistry.TransactOpts, objectionId)
}

// WithdrawObjection is a paid mutator transaction binding the contract method 0xa34c4bfc.
//
// Solidity: function withdrawObjection(uint256 objectionId) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) WithdrawObjection(objectionId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.WithdrawObjection(&_ConsentRegistry.TransactOpts, objectionId)
}

// ConsentRegistryApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the ConsentRegistry contract.
type ConsentRegistryApprovalIterator struct {
	Event *ConsentRegistryApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryApproval represents a Approval event raised by the ConsentRegistry contract.
type ConsentRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, approved []common.Address, tokenId []*big.Int) (*ConsentRegistryApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryApprovalIterator{contract: _ConsentRegistry.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *ConsentRegistryApproval, owner []common.Address, approved []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryApproval)
				if err := _ConsentRegistry.contract.UnpackLog(event, "Approval", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseApproval(log types.Log) (*ConsentRegistryApproval, error) {
	event := new(ConsentRegistryApproval)
	if err := _ConsentRegistry.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryApprovalForAllIterator is returned from FilterApprovalForAll and is used to iterate over the raw logs and unpacked data for ApprovalForAll events raised by the ConsentRegistry contract.
type ConsentRegistryApprovalForAllIterator struct {
	Event *ConsentRegistryApprovalForAll // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryApprovalForAllIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryApprovalForAll)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryApprovalForAll)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryApprovalForAllIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryApprovalForAllIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryApprovalForAll represents a ApprovalForAll event raised by the ConsentRegistry contract.
type ConsentRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApprovalForAll is a free log retrieval operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterApprovalForAll(opts *bind.FilterOpts, owner []common.Address, operator []common.Address) (*ConsentRegistryApprovalForAllIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryApprovalForAllIterator{contract: _ConsentRegistry.contract, event: "ApprovalForAll", logs: logs, sub: sub}, nil
}

// WatchApprovalForAll is a free log subscription operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchApprovalForAll(opts *bind.WatchOpts, sink chan<- *ConsentRegistryApprovalForAll, owner []common.Address, operator []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryApprovalForAll)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApprovalForAll is a log parse operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseApprovalForAll(log types.Log) (*ConsentRegistryApprovalForAll, error) {
	event := new(ConsentRegistryApprovalForAll)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryConsentGrantedIterator is returned from FilterConsentGranted and is used to iterate over the raw logs and unpacked data for ConsentGranted events raised by the ConsentRegistry contract.
type ConsentRegistryConsentGrantedIterator struct {
	Event *ConsentRegistryConsentGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryConsentGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryConsentGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryConsentGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryConsentGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryConsentGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryConsentGranted represents a ConsentGranted event raised by the ConsentRegistry contract.
type ConsentRegistryConsentGranted struct {
	ConsentId *big.Int
	Patient   common.Address
	Grantee   common.Address
	Purposes  uint16
	Actions   uint8
	ExpiresAt *big.Int
	Scope     [32]byte
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterConsentGranted is a free log retrieval operation binding the contract event 0x81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b.
//
// Solidity: event ConsentGranted(uint256 indexed consentId, address indexed patient, address indexed grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterConsentGranted(opts *bind.FilterOpts, consentId []*big.Int, patient []common.Address, grantee []common.Address) (*ConsentRegistryConsentGrantedIterator, error) {

	var consentIdRule []interface{}
	for _, consentIdItem := range consentId {
		consentIdRule = append(consentIdRule, consentIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ConsentGranted", consentIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryConsentGrantedIterator{contract: _ConsentRegistry.contract, event: "ConsentGranted", logs: logs, sub: sub}, nil
}

// WatchConsentGranted is a free log subscription operation binding the contract event 0x81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b.
//
// Solidity: event ConsentGranted(uint256 indexed consentId, address indexed patient, address indexed grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchConsentGranted(opts *bind.WatchOpts, sink chan<- *ConsentRegistryConsentGranted, consentId []*big.Int, patient []common.Address, grantee []common.Address) (event.Subscription, error) {

	var consentIdRule []interface{}
	for _, consentIdItem := range consentId {
		consentIdRule = append(consentIdRule, consentIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ConsentGranted", consentIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryConsentGranted)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConsentGranted is a log parse operation binding the contract event 0x81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b.
//
// Solidity: event ConsentGranted(uint256 indexed consentId, address indexed patient, address indexed grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseConsentGranted(log types.Log) (*ConsentRegistryConsentGranted, error) {
	event := new(ConsentRegistryConsentGranted)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryConsentRevokedIterator is returned from FilterConsentRevoked and is used to iterate over the raw logs and unpacked data for ConsentRevoked events raised by the ConsentRegistry contract.
type ConsentRegistryConsentRevokedIterator struct {
	Event *ConsentRegistryConsentRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryConsentRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryConsentRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryConsentRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryConsentRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryConsentRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryConsentRevoked represents a ConsentRevoked event raised by the ConsentRegistry contract.
type ConsentRegistryConsentRevoked struct {
	ConsentId *big.Int
	Patient   common.Address
	Grantee   common.Address
	RevokedAt *big.Int
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterConsentRevoked is a free log retrieval operation binding the contract event 0xdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134.
//
// Solidity: event ConsentRevoked(uint256 indexed consentId, address indexed patient, address indexed grantee, uint48 revokedAt, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterConsentRevoked(opts *bind.FilterOpts, consentId []*big.Int, patient []common.Address, grantee []common.Address) (*ConsentRegistryConsentRevokedIterator, error) {

	var consentIdRule []interface{}
	for _, consentIdItem := range consentId {
		consentIdRule = append(consentIdRule, consentIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ConsentRevoked", consentIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryConsentRevokedIterator{contract: _ConsentRegistry.contract, event: "ConsentRevoked", logs: logs, sub: sub}, nil
}

// WatchConsentRevoked is a free log subscription operation binding the contract event 0xdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134.
//
// Solidity: event ConsentRevoked(uint256 indexed consentId, address indexed patient, address indexed grantee, uint48 revokedAt, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchConsentRevoked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryConsentRevoked, consentId []*big.Int, patient []common.Address, grantee []common.Address) (event.Subscription, error) {

	var consentIdRule []interface{}
	for _, consentIdItem := range consentId {
		consentIdRule = append(consentIdRule, consentIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ConsentRevoked", consentIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryConsentRevoked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConsentRevoked is a log parse operation binding the contract event 0xdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134.
//
// Solidity: event ConsentRevoked(uint256 indexed consentId, address indexed patient, address indexed grantee, uint48 revokedAt, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseConsentRevoked(log types.Log) (*ConsentRegistryConsentRevoked, error) {
	event := new(ConsentRegistryConsentRevoked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryEmergencyAccessIterator is returned from FilterEmergencyAccess and is used to iterate over the raw logs and unpacked data for EmergencyAccess events raised by the ConsentRegistry contract.
type ConsentRegistryEmergencyAccessIterator struct {
	Event *ConsentRegistryEmergencyAccess // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryEmergencyAccessIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryEmergencyAccess)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryEmergencyAccess)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryEmergencyAccessIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryEmergencyAccessIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryEmergencyAccess represents a EmergencyAccess event raised by the ConsentRegistry contract.
type ConsentRegistryEmergencyAccess struct {
	Patient    common.Address
	Accessor   common.Address
	ReasonHash [32]byte
	At         *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEmergencyAccess is a free log retrieval operation binding the contract event 0xe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60.
//
// Solidity: event EmergencyAccess(address indexed patient, address indexed accessor, bytes32 reasonHash, uint48 at)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterEmergencyAccess(opts *bind.FilterOpts, patient []common.Address, accessor []common.Address) (*ConsentRegistryEmergencyAccessIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var accessorRule []interface{}
	for _, accessorItem := range accessor {
		accessorRule = append(accessorRule, accessorItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "EmergencyAccess", patientRule, accessorRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryEmergencyAccessIterator{contract: _ConsentRegistry.contract, event: "EmergencyAccess", logs: logs, sub: sub}, nil
}

// WatchEmergencyAccess is a free log subscription operation binding the contract event 0xe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60.
//
// Solidity: event EmergencyAccess(address indexed patient, address indexed accessor, bytes32 reasonHash, uint48 at)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchEmergencyAccess(opts *bind.WatchOpts, sink chan<- *ConsentRegistryEmergencyAccess, patient []common.Address, accessor []common.Address) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var accessorRule []interface{}
	for _, accessorItem := range accessor {
		accessorRule = append(accessorRule, accessorItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "EmergencyAccess", patientRule, accessorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryEmergencyAccess)
				if err := _ConsentRegistry.contract.UnpackLog(event, "EmergencyAccess", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEmergencyAccess is a log parse operation binding the contract event 0xe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60.
//
// Solidity: event EmergencyAccess(address indexed patient, address indexed accessor, bytes32 reasonHash, uint48 at)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseEmergencyAccess(log types.Log) (*ConsentRegistryEmergencyAccess, error) {
	event := new(ConsentRegistryEmergencyAccess)
	if err := _ConsentRegistry.contract.UnpackLog(event, "EmergencyAccess", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryEmergencyLimitSetIterator is returned from FilterEmergencyLimitSet and is used to iterate over the raw logs and unpacked data for EmergencyLimitSet events raised by the ConsentRegistry contract.
type ConsentRegistryEmergencyLimitSetIterator struct {
	Event *ConsentRegistryEmergencyLimitSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryEmergencyLimitSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryEmergencyLimitSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryEmergencyLimitSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryEmergencyLimitSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryEmergencyLimitSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryEmergencyLimitSet represents a EmergencyLimitSet event raised by the ConsentRegistry contract.
type ConsentRegistryEmergencyLimitSet struct {
	MaxAccesses uint32
	Window      uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterEmergencyLimitSet is a free log retrieval operation binding the contract event 0x9044aeee1742d4dd4c25c919534941090f468a4089ac9a5d0616604f6d4735f9.
//
// Solidity: event EmergencyLimitSet(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterEmergencyLimitSet(opts *bind.FilterOpts) (*ConsentRegistryEmergencyLimitSetIterator, error) {

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "EmergencyLimitSet")
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryEmergencyLimitSetIterator{contract: _ConsentRegistry.contract, event: "EmergencyLimitSet", logs: logs, sub: sub}, nil
}

// WatchEmergencyLimitSet is a free log subscription operation binding the contract event 0x9044aeee1742d4dd4c25c919534941090f468a4089ac9a5d0616604f6d4735f9.
//
// Solidity: event EmergencyLimitSet(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchEmergencyLimitSet(opts *bind.WatchOpts, sink chan<- *ConsentRegistryEmergencyLimitSet) (event.Subscription, error) {

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "EmergencyLimitSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryEmergencyLimitSet)
				if err := _ConsentRegistry.contract.UnpackLog(event, "EmergencyLimitSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEmergencyLimitSet is a log parse operation binding the contract event 0x9044aeee1742d4dd4c25c919534941090f468a4089ac9a5d0616604f6d4735f9.
//
// Solidity: event EmergencyLimitSet(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseEmergencyLimitSet(log types.Log) (*ConsentRegistryEmergencyLimitSet, error) {
	event := new(ConsentRegistryEmergencyLimitSet)
	if err := _ConsentRegistry.contract.UnpackLog(event, "EmergencyLimitSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryGuardianAppointedIterator is returned from FilterGuardianAppointed and is used to iterate over the raw logs and unpacked data for GuardianAppointed events raised by the ConsentRegistry contract.
type ConsentRegistryGuardianAppointedIterator struct {
	Event *ConsentRegistryGuardianAppointed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryGuardianAppointedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryGuardianAppointed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryGuardianAppointed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryGuardianAppointedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryGuardianAppointedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryGuardianAppointed represents a GuardianAppointed event raised by the ConsentRegistry contract.
type ConsentRegistryGuardianAppointed struct {
	Patient  common.Address
	Guardian common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterGuardianAppointed is a free log retrieval operation binding the contract event 0x17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f462.
//
// Solidity: event GuardianAppointed(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterGuardianAppointed(opts *bind.FilterOpts, patient []common.Address, guardian []common.Address) (*ConsentRegistryGuardianAppointedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "GuardianAppointed", patientRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryGuardianAppointedIterator{contract: _ConsentRegistry.contract, event: "GuardianAppointed", logs: logs, sub: sub}, nil
}

// WatchGuardianAppointed is a free log subscription operation binding the contract event 0x17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f462.
//
// Solidity: event GuardianAppointed(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchGuardianAppointed(opts *bind.WatchOpts, sink chan<- *ConsentRegistryGuardianAppointed, patient []common.Address, guardian []common.Address) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "GuardianAppointed", patientRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryGuardianAppointed)
				if err := _ConsentRegistry.contract.UnpackLog(event, "GuardianAppointed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGuardianAppointed is a log parse operation binding the contract event 0x17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f462.
//
// Solidity: event GuardianAppointed(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseGuardianAppointed(log types.Log) (*ConsentRegistryGuardianAppointed, error) {
	event := new(ConsentRegistryGuardianAppointed)
	if err := _ConsentRegistry.contract.UnpackLog(event, "GuardianAppointed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryGuardianRemovedIterator is returned from FilterGuardianRemoved and is used to iterate over the raw logs and unpacked data for GuardianRemoved events raised by the ConsentRegistry contract.
type ConsentRegistryGuardianRemovedIterator struct {
	Event *ConsentRegistryGuardianRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryGuardianRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryGuardianRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryGuardianRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryGuardianRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryGuardianRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryGuardianRemoved represents a GuardianRemoved event raised by the ConsentRegistry contract.
type ConsentRegistryGuardianRemoved struct {
	Patient  common.Address
	Guardian common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterGuardianRemoved is a free log retrieval operation binding the contract event 0xee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b.
//
// Solidity: event GuardianRemoved(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterGuardianRemoved(opts *bind.FilterOpts, patient []common.Address, guardian []common.Address) (*ConsentRegistryGuardianRemovedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "GuardianRemoved", patientRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryGuardianRemovedIterator{contract: _ConsentRegistry.contract, event: "GuardianRemoved", logs: logs, sub: sub}, nil
}

// WatchGuardianRemoved is a free log subscription operation binding the contract event 0xee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b.
//
// Solidity: event GuardianRemoved(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchGuardianRemoved(opts *bind.WatchOpts, sink chan<- *ConsentRegistryGuardianRemoved, patient []common.Address, guardian []common.Address) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "GuardianRemoved", patientRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryGuardianRemoved)
				if err := _ConsentRegistry.contract.UnpackLog(event, "GuardianRemoved", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGuardianRemoved is a log parse operation binding the contract event 0xee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b.
//
// Solidity: event GuardianRemoved(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseGuardianRemoved(log types.Log) (*ConsentRegistryGuardianRemoved, error) {
	event := new(ConsentRegistryGuardianRemoved)
	if err := _ConsentRegistry.contract.UnpackLog(event, "GuardianRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryLockedIterator is returned from FilterLocked and is used to iterate over the raw logs and unpacked data for Locked events raised by the ConsentRegistry contract.
type ConsentRegistryLockedIterator struct {
	Event *ConsentRegistryLocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryLockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryLocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryLocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryLockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryLockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryLocked represents a Locked event raised by the ConsentRegistry contract.
type ConsentRegistryLocked struct {
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterLocked is a free log retrieval operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterLocked(opts *bind.FilterOpts) (*ConsentRegistryLockedIterator, error) {

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "Locked")
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryLockedIterator{contract: _ConsentRegistry.contract, event: "Locked", logs: logs, sub: sub}, nil
}

// WatchLocked is a free log subscription operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchLocked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryLocked) (event.Subscription, error) {

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "Locked")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryLocked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "Locked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLocked is a log parse operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseLocked(log types.Log) (*ConsentRegistryLocked, error) {
	event := new(ConsentRegistryLocked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "Locked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryObjectionRecordedIterator is returned from FilterObjectionRecorded and is used to iterate over the raw logs and unpacked data for ObjectionRecorded events raised by the ConsentRegistry contract.
type ConsentRegistryObjectionRecordedIterator struct {
	Event *ConsentRegistryObjectionRecorded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryObjectionRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryObjectionRecorded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryObjectionRecorded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryObjectionRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryObjectionRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryObjectionRecorded represents a ObjectionRecorded event raised by the ConsentRegistry contract.
type ConsentRegistryObjectionRecorded struct {
	ObjectionId *big.Int
	Patient     common.Address
	Grantee     common.Address
	Purposes    uint16
	By          common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterObjectionRecorded is a free log retrieval operation binding the contract event 0x68bb96a309f3a451e8a7fe4bd0843482ef34f3c4a759c5676afee3a878a28f9a.
//
// Solidity: event ObjectionRecorded(uint256 indexed objectionId, address indexed patient, address indexed grantee, uint16 purposes, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterObjectionRecorded(opts *bind.FilterOpts, objectionId []*big.Int, patient []common.Address, grantee []common.Address) (*ConsentRegistryObjectionRecordedIterator, error) {

	var objectionIdRule []interface{}
	for _, objectionIdItem := range objectionId {
		objectionIdRule = append(objectionIdRule, objectionIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ObjectionRecorded", objectionIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryObjectionRecordedIterator{contract: _ConsentRegistry.contract, event: "ObjectionRecorded", logs: logs, sub: sub}, nil
}

// WatchObjectionRecorded is a free log subscription operation binding the contract event 0x68bb96a309f3a451e8a7fe4bd0843482ef34f3c4a759c5676afee3a878a28f9a.
//
// Solidity: event ObjectionRecorded(uint256 indexed objectionId, address indexed patient, address indexed grantee, uint16 purposes, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchObjectionRecorded(opts *bind.WatchOpts, sink chan<- *ConsentRegistryObjectionRecorded, objectionId []*big.Int, patient []common.Address, grantee []common.Address) (event.Subscription, error) {

	var objectionIdRule []interface{}
	for _, objectionIdItem := range objectionId {
		objectionIdRule = append(objectionIdRule, objectionIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ObjectionRecorded", objectionIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryObjectionRecorded)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ObjectionRecorded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseObjectionRecorded is a log parse operation binding the contract event 0x68bb96a309f3a451e8a7fe4bd0843482ef34f3c4a759c5676afee3a878a28f9a.
//
// Solidity: event ObjectionRecorded(uint256 indexed objectionId, address indexed patient, address indexed grantee, uint16 purposes, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseObjectionRecorded(log types.Log) (*ConsentRegistryObjectionRecorded, error) {
	event := new(ConsentRegistryObjectionRecorded)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ObjectionRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryObjectionWithdrawnIterator is returned from FilterObjectionWithdrawn and is used to iterate over the raw logs and unpacked data for ObjectionWithdrawn events raised by the ConsentRegistry contract.
type ConsentRegistryObjectionWithdrawnIterator struct {
	Event *ConsentRegistryObjectionWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryObjectionWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryObjectionWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryObjectionWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryObjectionWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryObjectionWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryObjectionWithdrawn represents a ObjectionWithdrawn event raised by the ConsentRegistry contract.
type ConsentRegistryObjectionWithdrawn struct {
	ObjectionId *big.Int
	Patient     common.Address
	Grantee     common.Address
	Purposes    uint16
	By          common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterObjectionWithdrawn is a free log retrieval operation binding the contract event 0x442bbd8853da6b2784a5d61a6ed573323ff80c6e0ac3d434070c79f58cabc3cc.
//
// Solidity: event ObjectionWithdrawn(uint256 indexed objectionId, address indexed patient, address indexed grantee, uint16 purposes, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterObjectionWithdrawn(opts *bind.FilterOpts, objectionId []*big.Int, patient []common.Address, grantee []common.Address) (*ConsentRegistryObjectionWithdrawnIterator, error) {

	var objectionIdRule []interface{}
	for _, objectionIdItem := range objectionId {
		objectionIdRule = append(objectionIdRule, objectionIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ObjectionWithdrawn", objectionIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryObjectionWithdrawnIterator{contract: _ConsentRegistry.contract, event: "ObjectionWithdrawn", logs: logs, sub: sub}, nil
}

// WatchObjectionWithdrawn is a free log subscription operation binding the contract event 0x442bbd8853da6b2784a5d61a6ed573323ff80c6e0ac3d434070c79f58cabc3cc.
//
// Solidity: event ObjectionWithdrawn(uint256 indexed objectionId, address indexed patient, address indexed grantee, uint16 purposes, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchObjectionWithdrawn(opts *bind.WatchOpts, sink chan<- *ConsentRegistryObjectionWithdrawn, objectionId []*big.Int, patient []common.Address, grantee []common.Address) (event.Subscription, error) {

	var objectionIdRule []interface{}
	for _, objectionIdItem := range objectionId {
		objectionIdRule = append(objectionIdRule, objectionIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ObjectionWithdrawn", objectionIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryObjectionWithdrawn)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ObjectionWithdrawn", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseObjectionWithdrawn is a log parse operation binding the contract event 0x442bbd8853da6b2784a5d61a6ed573323ff80c6e0ac3d434070c79f58cabc3cc.
//
// Solidity: event ObjectionWithdrawn(uint256 indexed objectionId, address indexed patient, address indexed grantee, uint16 purposes, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseObjectionWithdrawn(log types.Log) (*ConsentRegistryObjectionWithdrawn, error) {
	event := new(ConsentRegistryObjectionWithdrawn)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ObjectionWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the ConsentRegistry contract.
type ConsentRegistryRoleAdminChangedIterator struct {
	Event *ConsentRegistryRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the ConsentRegistry contract.
type ConsentRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*ConsentRegistryRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleAdminChangedIterator{contract: _ConsentRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleAdminChanged)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*ConsentRegistryRoleAdminChanged, error) {
	event := new(ConsentRegistryRoleAdminChanged)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the ConsentRegistry contract.
type ConsentRegistryRoleGrantedIterator struct {
	Event *ConsentRegistryRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleGranted represents a RoleGranted event raised by the ConsentRegistry contract.
type ConsentRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*ConsentRegistryRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleGrantedIterator{contract: _ConsentRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleGranted)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleGranted(log types.Log) (*ConsentRegistryRoleGranted, error) {
	event := new(ConsentRegistryRoleGranted)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the ConsentRegistry contract.
type ConsentRegistryRoleRevokedIterator struct {
	Event *ConsentRegistryRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleRevoked represents a RoleRevoked event raised by the ConsentRegistry contract.
type ConsentRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*ConsentRegistryRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleRevokedIterator{contract: _ConsentRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleRevoked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleRevoked(log types.Log) (*ConsentRegistryRoleRevoked, error) {
	event := new(ConsentRegistryRoleRevoked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the ConsentRegistry contract.
type ConsentRegistryTransferIterator struct {
	Event *ConsentRegistryTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryTransfer represents a Transfer event raised by the ConsentRegistry contract.
type ConsentRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address, tokenId []*big.Int) (*ConsentRegistryTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryTransferIterator{contract: _ConsentRegistry.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *ConsentRegistryTransfer, from []common.Address, to []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryTransfer)
				if err := _ConsentRegistry.contract.UnpackLog(event, "Transfer", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseTransfer(log types.Log) (*ConsentRegistryTransfer, error) {
	event := new(ConsentRegistryTransfer)
	if err := _ConsentRegistry.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryUnlockedIterator is returned from FilterUnlocked and is used to iterate over the raw logs and unpacked data for Unlocked events raised by the ConsentRegistry contract.
type ConsentRegistryUnlockedIterator struct {
	Event *ConsentRegistryUnlocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryUnlockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryUnlocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryUnlocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryUnlockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryUnlockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryUnlocked represents a Unlocked event raised by the ConsentRegistry contract.
type ConsentRegistryUnlocked struct {
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnlocked is a free log retrieval operation binding the contract event 0xf27b6ce5b2f5e68ddb2fd95a8a909d4ecf1daaac270935fff052feacb24f1842.
//
// Solidity: event Unlocked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterUnlocked(opts *bind.FilterOpts) (*ConsentRegistryUnlockedIterator, error) {

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "Unlocked")
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryUnlockedIterator{contract: _ConsentRegistry.contract, event: "Unlocked", logs: logs, sub: sub}, nil
}

// WatchUnlocked is a free log subscription operation binding the contract event 0xf27b6ce5b2f5e68ddb2fd95a8a909d4ecf1daaac270935fff052feacb24f1842.
//
// Solidity: event Unlocked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchUnlocked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryUnlocked) (event.Subscription, error) {

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "Unlocked")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryUnlocked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "Unlocked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnlocked is a log parse operation binding the contract event 0xf27b6ce5b2f5e68ddb2fd95a8a909d4ecf1daaac270935fff052feacb24f1842.
//
// Solidity: event Unlocked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseUnlocked(log types.Log) (*ConsentRegistryUnlocked, error) {
	event := new(ConsentRegistryUnlocked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "Unlocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryWalletRecoveredIterator is returned from FilterWalletRecovered and is used to iterate over the raw logs and unpacked data for WalletRecovered events raised by the ConsentRegistry contract.
type ConsentRegistryWalletRecoveredIterator struct {
	Event *ConsentRegistryWalletRecovered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryWalletRecoveredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryWalletRecovered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryWalletRecovered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryWalletRecoveredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryWalletRecoveredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryWalletRecovered represents a WalletRecovered event raised by the ConsentRegistry contract.
type ConsentRegistryWalletRecovered struct {
	Subject   common.Address
	OldWallet common.Address
	NewWallet common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWalletRecovered is a free log retrieval operation binding the contract event 0x45f7fbac61d7ff60d8103f50b3c66a224166a4f20d04ec58b7e5316bfbd0d3d5.
//
// Solidity: event WalletRecovered(address indexed subject, address indexed oldWallet, address indexed newWallet)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterWalletRecovered(opts *bind.FilterOpts, subject []common.Address, oldWallet []common.Address, newWallet []common.Address) (*ConsentRegistryWalletRecoveredIterator, error) {

	var subjectRule []interface{}
	for _, subjectItem := range subject {
		subjectRule = append(subjectRule, subjectItem)
	}
	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "WalletRecovered", subjectRule, oldWalletRule, newWalletRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryWalletRecoveredIterator{contract: _ConsentRegistry.contract, event: "WalletRecovered", logs: logs, sub: sub}, nil
}

// WatchWalletRecovered is a free log subscription operation binding the contract event 0x45f7fbac61d7ff60d8103f50b3c66a224166a4f20d04ec58b7e5316bfbd0d3d5.
//
// Solidity: event WalletRecovered(address indexed subject, address indexed oldWallet, address indexed newWallet)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchWalletRecovered(opts *bind.WatchOpts, sink chan<- *ConsentRegistryWalletRecovered, subject []common.Address, oldWallet []common.Address, newWallet []common.Address) (event.Subscription, error) {

	var subjectRule []interface{}
	for _, subjectItem := range subject {
		subjectRule = append(subjectRule, subjectItem)
	}
	var oldWalletRule []interface{}
	for _, oldWalletItem := range oldWallet {
		oldWalletRule = append(oldWalletRule, oldWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "WalletRecovered", subjectRule, oldWalletRule, newWalletRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryWalletRecovered)
				if err := _ConsentRegistry.contract.UnpackLog(event, "WalletRecovered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWalletRecovered is a log parse operation binding the contract event 0x45f7fbac61d7ff60d8103f50b3c66a224166a4f20d04ec58b7e5316bfbd0d3d5.
//
// Solidity: event WalletRecovered(address indexed subject, address indexed oldWallet, address indexed newWallet)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseWalletRecovered(log types.Log) (*ConsentRegistryWalletRecovered, error) {
	event := new(ConsentRegistryWalletRecovered)
	if err := _ConsentRegistry.contract.UnpackLog(event, "WalletRecovered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
