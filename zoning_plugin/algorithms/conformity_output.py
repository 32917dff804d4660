"""zoning:conformity's two layer outputs: the input features with the summary fields, and the
feature × unit table. The summary values are set on each chunk of features as its overlay comes
back (while later chunks are overlaid); the sinks are written only once every chunk is done, so a
cancel leaves no half-written layer."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsProcessingException,
                       QgsProcessingOutputLayerDefinition, QgsWkbTypes)

WRITE_BATCH = 2000


def set_summaries(features, summaries, fields, out_fields):
    """Give each of `features` (our copies of the input's) the output's fields: its own values, then
    the summary fields' values of its OverlayResult summary."""
    values = fields.values
    for feature, summary in zip(features, summaries):
        attributes = feature.attributes()
        attributes += values(summary)
        feature.setFields(out_fields, False)
        feature.setAttributes(attributes)


def sink_of(algorithm, parameters, name, context, fields, wkb_type, crs):
    """parameterAsSink, a shapefile written in GBK unless the user chose an encoding."""
    value = parameters.get(name)
    if isinstance(value, str) and value.lower().endswith(".shp"):
        value = QgsProcessingOutputLayerDefinition(value)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink_path = value.sink.staticValue() if hasattr(value.sink, "staticValue") else ""
        options = dict(value.createOptions or {})
        if str(sink_path).lower().endswith(".shp") and not options.get("fileEncoding"):
            options["fileEncoding"] = "GBK"
            value.createOptions = options
            parameters = {**parameters, name: value}
    return algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)


def write_outputs(algorithm, parameters, context, source, crs, features, result, fields, out_fields, id_field,
                  feedback):
    """Write the features (their summaries already set) and, when asked for, the units table;
    {output name: destination}."""
    sink, dest = sink_of(algorithm, parameters, algorithm.OUTPUT, context, out_fields, source.wkbType(), crs)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, algorithm.OUTPUT))
    total = max(len(features), 1)
    for start in range(0, len(features), WRITE_BATCH):
        batch = features[start:start + WRITE_BATCH]
        if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(algorithm.writeFeatureError(sink, parameters, algorithm.OUTPUT))
        feedback.setProgress(80 + 10 * (start + len(batch) - 1) / total)
    outputs = {algorithm.OUTPUT: dest}
    if parameters.get(algorithm.OUTPUT_UNITS) is not None:
        id_def = source.fields().field(id_field) if id_field else None
        unit_fields = fields.unit_table_fields(id_def)
        sink, dest = sink_of(algorithm, parameters, algorithm.OUTPUT_UNITS, context, unit_fields,
                             QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is not None:
            rows, unit_values = result.rows, fields.unit_values
            # the sink copies what it is given: the same features carry every batch's rows
            pool = [QgsFeature(unit_fields) for _ in range(min(len(rows), WRITE_BATCH))]
            for start in range(0, len(rows), WRITE_BATCH):
                chunk = rows[start:start + WRITE_BATCH]
                batch = pool[:len(chunk)]
                for out, row in zip(batch, chunk):
                    feature = features[row.feature_index]
                    out.setAttributes([feature.id(), feature.attribute(id_field), *unit_values(row)]
                                      if id_def is not None else [feature.id(), *unit_values(row)])
                if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
                    raise QgsProcessingException(algorithm.writeFeatureError(sink, parameters, algorithm.OUTPUT_UNITS))
            outputs[algorithm.OUTPUT_UNITS] = dest
    feedback.setProgress(92)
    return outputs
