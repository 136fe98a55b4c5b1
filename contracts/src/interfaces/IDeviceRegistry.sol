// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IDeviceRegistry
/// @notice What Bevan's telemetry gateway reads and writes of the device registry: devices (each its own signing key)
/// registered by member organisations holding DEVICE_REGISTRAR_ROLE (granted by the DAO), and the cold-chain
/// excursions a gateway holding TELEMETRY_GATEWAY_ROLE records. No reading of a patient's device ever goes on chain;
/// an excursion of a cold-store sensor (a fridge's temperatures and the vaccine lots it held) is not personal data.
interface IDeviceRegistry {
    /// @notice One device. `kind` is a code of vocab's device kinds (1 cold-store sensor, 2 pulse oximeter, 3 blood
    /// pressure cuff, 4 thermometer, 5 weighing scale, 6 glucose meter); `site` the ODS code of the site
    /// (ASCII, left-aligned, zero-padded, as Membership stores it); `patient` the patient's pseudonymous wallet for a
    /// patient's device, zero for a site's device; `registrar` the organisation that registered it. `registeredAt` is
    /// zero for an address that was never registered.
    struct Device {
        address registrar;
        address patient;
        uint48 registeredAt;
        uint8 kind;
        bool active;
        bytes8 site;
    }

    /// @notice The device registered at `device` (all zero when there is none; `active` false once deregistered or
    /// rotated away).
    /// @param device The device's address (its signing key).
    function deviceOf(address device) external view returns (Device memory);

    /// @notice Records a cold-chain excursion of an active cold-store sensor: when it started and ended, the lowest
    /// and highest temperatures in hundredths of a degree Celsius, the root of the anchored reading batch (in
    /// RecordAnchor, by this gateway) that proves it, and the vaccine lots held in that fridge.
    /// @dev Only TELEMETRY_GATEWAY_ROLE, directly or through the forwarder.
    function recordExcursion(
        address device,
        uint48 startedAt,
        uint48 endedAt,
        int32 minCentiCelsius,
        int32 maxCentiCelsius,
        bytes32 batchRoot,
        string[] calldata affectedLots
    ) external;
}
