// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {IDeviceRegistry} from "./interfaces/IDeviceRegistry.sol";
import {RecordAnchor} from "./RecordAnchor.sol";
import {OdsCode} from "./utils/OdsCode.sol";

/// @title DeviceRegistry
/// @notice The devices of Bevan's telemetry (issue 17): each device is its own signing key, registered by a member
/// organisation holding DEVICE_REGISTRAR_ROLE (granted by the DAO's timelock) with its kind, its site's ODS code and,
/// for a patient's device, the patient's pseudonymous wallet. The registrar deregisters it or rotates its key; a key
/// once registered is never registered again. A telemetry gateway (TELEMETRY_GATEWAY_ROLE) records the cold-chain
/// excursions of active cold-store sensors, each proven by a reading batch the gateway anchored in RecordAnchor.
/// @dev No reading, name or identifier goes on chain: a device address, a kind, a site code, a patient's
/// pseudonymous address; an excursion carries a fridge's temperatures and vaccine lot numbers, not personal data.
contract DeviceRegistry is IDeviceRegistry, AccessControl, ERC2771Context {
    /// @notice Role of the member organisations that register devices. Granted by the DAO's timelock.
    bytes32 public constant DEVICE_REGISTRAR_ROLE = keccak256("DEVICE_REGISTRAR_ROLE");
    /// @notice Role of the telemetry gateways that record excursions. Granted by the DAO's timelock.
    bytes32 public constant TELEMETRY_GATEWAY_ROLE = keccak256("TELEMETRY_GATEWAY_ROLE");

    /// @notice Device kind of a fridge or cold-store temperature sensor (vocab's device kinds 1..6).
    uint8 public constant KIND_COLD_STORE = 1;
    /// @notice The highest device kind code (6, glucose meter).
    uint8 public constant MAX_KIND = 6;
    /// @notice The most vaccine lots an excursion lists.
    uint256 public constant MAX_LOTS = 32;
    /// @notice The longest lot number, in bytes.
    uint256 public constant MAX_LOT_LENGTH = 32;

    /// @notice Where gateways anchor the reading batches that prove excursions.
    RecordAnchor public immutable ANCHORS;

    mapping(address device => Device) private _devices;
    /// @notice How many excursions were recorded; the next excursion's id is this plus one.
    uint256 public excursionCount;

    /// @notice `registrar` registered `device` of `kind` at `site` (for `patient`, zero for a site's device).
    event DeviceRegistered(
        address indexed device, address indexed registrar, address indexed patient, uint8 kind, bytes8 site
    );
    /// @notice `device` was deregistered by `by` (its registrar or the DAO's timelock); it stays inactive for good.
    event DeviceDeregistered(address indexed device, address indexed by);
    /// @notice `registrar` rotated `device`'s key to `newDevice`, which inherits its kind, site and patient.
    event DeviceKeyRotated(address indexed device, address indexed newDevice, address indexed registrar);
    /// @notice `gateway` recorded a cold-chain excursion of the cold-store sensor `device` at `site`.
    event ExcursionRecorded(
        uint256 indexed excursionId,
        address indexed device,
        bytes8 indexed site,
        address gateway,
        uint48 startedAt,
        uint48 endedAt,
        int32 minCentiCelsius,
        int32 maxCentiCelsius,
        bytes32 batchRoot,
        string[] affectedLots
    );

    /// @notice The device address is zero.
    error InvalidDevice(address device);
    /// @notice The address is, or was, a registered device (keys are never reused).
    error DeviceAlreadyRegistered(address device);
    /// @notice The kind is not one of vocab's device kinds (1..6).
    error InvalidDeviceKind(uint8 kind);
    /// @notice The site's ODS code is empty or not upper-case letters and digits.
    error InvalidOdsCode(bytes8 site);
    /// @notice The patient is the device itself, or a cold-store sensor names a patient.
    error InvalidPatient(address device, address patient);
    /// @notice The device is not registered or no longer active.
    error DeviceNotActive(address device);
    /// @notice The caller is not the registrar that registered the device (nor, to deregister, the DAO's timelock).
    error NotDeviceRegistrar(address caller, address device);
    /// @notice Excursions are recorded only for cold-store sensors.
    error NotColdStore(address device, uint8 kind);
    /// @notice The excursion's times are not startedAt < endedAt <= now.
    error InvalidExcursionTimes(uint48 startedAt, uint48 endedAt);
    /// @notice The lowest temperature is above the highest.
    error InvalidTemperatures(int32 minCentiCelsius, int32 maxCentiCelsius);
    /// @notice This gateway anchored no reading batch with this root in RecordAnchor.
    error BatchNotAnchored(address gateway, bytes32 batchRoot);
    /// @notice More than MAX_LOTS lots.
    error TooManyLots(uint256 count);
    /// @notice A lot number is empty or longer than MAX_LOT_LENGTH bytes.
    error InvalidLot(uint256 index);

    /// @param trustedForwarder The Bevan ERC-2771 forwarder.
    /// @param anchors RecordAnchor, where gateways anchor their reading batches.
    /// @param admin The DAO's timelock: holds DEFAULT_ADMIN_ROLE (grants and revokes both roles).
    /// @param registrars Initial holders of DEVICE_REGISTRAR_ROLE.
    /// @param gateways Initial holders of TELEMETRY_GATEWAY_ROLE.
    constructor(
        address trustedForwarder,
        RecordAnchor anchors,
        address admin,
        address[] memory registrars,
        address[] memory gateways
    ) ERC2771Context(trustedForwarder) {
        ANCHORS = anchors;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        for (uint256 i = 0; i < registrars.length; ++i) {
            _grantRole(DEVICE_REGISTRAR_ROLE, registrars[i]);
        }
        for (uint256 i = 0; i < gateways.length; ++i) {
            _grantRole(TELEMETRY_GATEWAY_ROLE, gateways[i]);
        }
    }

    /// @notice Registers a device under the sender, who becomes its registrar.
    /// @dev Only DEVICE_REGISTRAR_ROLE, directly or through the forwarder.
    /// @param device The device's address (its signing key); never registered before.
    /// @param kind Its kind, a code of vocab's device kinds (1 cold-store sensor .. 6 glucose meter).
    /// @param site The ODS code of its site (1-8 upper-case letters or digits, left-aligned, zero-padded).
    /// @param patient The patient's pseudonymous wallet for a patient's device; zero for a site's device (always zero
    /// for a cold-store sensor).
    function register(address device, uint8 kind, bytes8 site, address patient) external {
        address registrar = _msgSender();
        _checkRole(DEVICE_REGISTRAR_ROLE, registrar);
        if (kind == 0 || kind > MAX_KIND) revert InvalidDeviceKind(kind);
        if (!OdsCode.isValid(site)) revert InvalidOdsCode(site);
        if (patient == device || (kind == KIND_COLD_STORE && patient != address(0))) {
            revert InvalidPatient(device, patient);
        }
        _add(device, Device(registrar, patient, uint48(block.timestamp), kind, true, site));
        emit DeviceRegistered(device, registrar, patient, kind, site);
    }

    /// @notice Deregisters an active device for good.
    /// @dev Only the registrar that registered it (while it holds DEVICE_REGISTRAR_ROLE) or the DAO's timelock
    /// (DEFAULT_ADMIN_ROLE, e.g. for a member that left), directly or through the forwarder.
    /// @param device The device's address.
    function deregister(address device) external {
        address caller = _msgSender();
        Device storage d = _activeDevice(device);
        if (!hasRole(DEFAULT_ADMIN_ROLE, caller)) _checkRegistrar(caller, device, d);
        d.active = false;
        emit DeviceDeregistered(device, caller);
    }

    /// @notice Moves an active device to a new key: `newDevice` inherits its kind, site, patient and registrar, and
    /// the old key stays inactive for good.
    /// @dev Only the registrar that registered it, while it holds DEVICE_REGISTRAR_ROLE, directly or through the
    /// forwarder.
    /// @param device The device's current address.
    /// @param newDevice Its new address (signing key); never registered before.
    function rotateKey(address device, address newDevice) external {
        address registrar = _msgSender();
        Device storage d = _activeDevice(device);
        _checkRegistrar(registrar, device, d);
        if (newDevice == d.patient) revert InvalidPatient(newDevice, d.patient);
        d.active = false;
        _add(newDevice, Device(registrar, d.patient, uint48(block.timestamp), d.kind, true, d.site));
        emit DeviceKeyRotated(device, newDevice, registrar);
    }

    /// @inheritdoc IDeviceRegistry
    /// @dev The batch must already be anchored in RecordAnchor by this gateway. At most MAX_LOTS lots of 1 to
    /// MAX_LOT_LENGTH bytes each; startedAt < endedAt <= block.timestamp; minCentiCelsius <= maxCentiCelsius.
    function recordExcursion(
        address device,
        uint48 startedAt,
        uint48 endedAt,
        int32 minCentiCelsius,
        int32 maxCentiCelsius,
        bytes32 batchRoot,
        string[] calldata affectedLots
    ) external {
        address gateway = _msgSender();
        _checkRole(TELEMETRY_GATEWAY_ROLE, gateway);
        Device storage d = _activeDevice(device);
        if (d.kind != KIND_COLD_STORE) revert NotColdStore(device, d.kind);
        if (startedAt == 0 || startedAt >= endedAt || endedAt > block.timestamp) {
            revert InvalidExcursionTimes(startedAt, endedAt);
        }
        if (minCentiCelsius > maxCentiCelsius) revert InvalidTemperatures(minCentiCelsius, maxCentiCelsius);
        if (affectedLots.length > MAX_LOTS) revert TooManyLots(affectedLots.length);
        for (uint256 i = 0; i < affectedLots.length; ++i) {
            uint256 len = bytes(affectedLots[i]).length;
            if (len == 0 || len > MAX_LOT_LENGTH) revert InvalidLot(i);
        }
        (uint48 anchoredAt,) = ANCHORS.batch(gateway, batchRoot);
        if (batchRoot == 0 || anchoredAt == 0) revert BatchNotAnchored(gateway, batchRoot);
        uint256 id = ++excursionCount;
        emit ExcursionRecorded(
            id, device, d.site, gateway, startedAt, endedAt, minCentiCelsius, maxCentiCelsius, batchRoot, affectedLots
        );
    }

    /// @inheritdoc IDeviceRegistry
    function deviceOf(address device) external view returns (Device memory) {
        return _devices[device];
    }

    /// @notice Whether `device` is registered and active.
    /// @param device The device's address.
    function isActive(address device) external view returns (bool) {
        return _devices[device].active;
    }

    // ------------------------------------------------------------ internals

    function _add(address device, Device memory d) private {
        if (device == address(0)) revert InvalidDevice(device);
        if (_devices[device].registeredAt != 0) revert DeviceAlreadyRegistered(device);
        _devices[device] = d;
    }

    function _activeDevice(address device) private view returns (Device storage d) {
        d = _devices[device];
        if (!d.active) revert DeviceNotActive(device);
    }

    function _checkRegistrar(address caller, address device, Device storage d) private view {
        if (d.registrar != caller) revert NotDeviceRegistrar(caller, device);
        _checkRole(DEVICE_REGISTRAR_ROLE, caller);
    }

    function _msgSender() internal view override(Context, ERC2771Context) returns (address) {
        return ERC2771Context._msgSender();
    }

    function _msgData() internal view override(Context, ERC2771Context) returns (bytes calldata) {
        return ERC2771Context._msgData();
    }

    function _contextSuffixLength() internal view override(Context, ERC2771Context) returns (uint256) {
        return ERC2771Context._contextSuffixLength();
    }
}
